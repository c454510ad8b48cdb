// One small database interface over two engines: embedded PGlite (one Dinas, one process) and
// PostgreSQL (many processes behind a load balancer). Both speak the same SQL dialect, so the
// rest of the server is written once. Queries take parameters only: SQL text is always a
// constant in the code, never assembled from input.

/** A value that can be bound to a query parameter. JSON goes in as text: see `json()`. */
export type SqlParam = string | number | boolean | null | Date | Uint8Array;

export interface QueryResult<R> {
  readonly rows: R[];
  /** Rows inserted, updated or deleted (0 for SELECT on some engines: use rows.length). */
  readonly rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<QueryResult<R>>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the
   * error is rethrown). Nested calls are not supported; pass the `tx` down instead.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * JSON for a `$n::jsonb` parameter. Both drivers would serialize objects themselves, but `pg`
 * turns a JS array into a Postgres array literal; passing text and casting in SQL is the one
 * behaviour both engines share.
 */
export const json = (value: unknown): string => JSON.stringify(value);

/** SQLSTATE of a database error, if it is one (both drivers put it on `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';

/** Keys of transaction-scoped advisory locks, one per kind of serialized work. */
export const advisoryLocks = {
  /** Held while migrations run, so two processes starting together do not race. */
  migrations: 7_311_001,
  /**
   * Held by every transaction that appends to the sync log, from before its first sequence
   * number is drawn until it commits. Sequence numbers therefore become visible in order, and a
   * reader that has seen seq N will never later discover an N-1 (see docs/sync-protocol.md).
   */
  syncLog: 7_311_002,
} as const;
