export interface Migration {
  /** Position in the order of application, starting at 1, without gaps. */
  readonly id: number;
  readonly name: string;
  /** Statements run in order inside the migration's transaction (one statement each). */
  readonly statements: readonly string[];
}
