// Applies numbered migrations in order, once each, recording them in schema_migrations with a
// checksum. All pending migrations run in one transaction under an advisory lock, so two server
// processes starting at once cannot both apply them, and a failure leaves the schema unchanged.
import { createHash } from 'node:crypto';
import { advisoryLocks, type Db, type Queryable } from './db';
import { migrations as allMigrations, type Migration } from './migrations';

export const checksumOf = (m: Migration): string =>
  createHash('sha256').update(m.statements.join('\n;\n')).digest('hex');

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface AppliedRow {
  id: number;
  name: string;
  checksum: string;
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.id !== i + 1) throw new MigrationError(`Migration ${m.name} has id ${m.id}; expected ${i + 1}`);
  });
}

async function readApplied(tx: Queryable): Promise<AppliedRow[]> {
  await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await tx.query<AppliedRow>('SELECT id, name, checksum FROM schema_migrations ORDER BY id');
  return rows;
}

function checkApplied(applied: readonly AppliedRow[], known: readonly Migration[]): void {
  for (const row of applied) {
    const m = known[row.id - 1];
    if (m === undefined) {
      throw new MigrationError(
        `The database has migration ${row.id} (${row.name}), which this server version does not know. Run a newer server.`,
      );
    }
    if (checksumOf(m) !== row.checksum) {
      throw new MigrationError(`Migration ${row.id} (${row.name}) was changed after it was applied.`);
    }
  }
}

/** Brings the schema up to `target` migrations (default: all). Returns the ids it applied. */
export async function migrate(db: Db, known: readonly Migration[] = allMigrations): Promise<number[]> {
  checkOrder(known);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLocks.migrations]);
    const applied = await readApplied(tx);
    checkApplied(applied, known);
    const pending = known.slice(applied.length);
    for (const m of pending) {
      for (const statement of m.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)', [m.id, m.name, checksumOf(m)]);
    }
    return pending.map((m) => m.id);
  });
}
