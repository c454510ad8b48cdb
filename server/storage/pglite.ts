// Embedded PostgreSQL (WASM) in a data directory: the default for one Dinas on one machine.
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult, Queryable, SqlParam } from './db';

function toResult<R>(result: { rows: R[]; affectedRows?: number }): QueryResult<R> {
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
}

const asQueryable = (target: PGlite | Transaction): Queryable => ({
  async query<R>(text: string, params: readonly SqlParam[] = []) {
    return toResult(await target.query<R>(text, [...params]));
  },
});

/**
 * Opens (creating when missing) a PGlite database. `dataDir` undefined keeps it in memory,
 * which only tests do.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = await PGlite.create(dataDir, {
    // Timestamps come back as Date from both engines; int8 as number (see postgres.ts).
    parsers: { [types.INT8]: parseInt8 },
  });
  const root = asQueryable(pg);
  return {
    engine: 'pglite',
    query: (text, params) => root.query(text, params),
    transaction: (work) => pg.transaction((tx) => work(asQueryable(tx))),
    close: () => pg.close(),
  };
}

/** int8 as a JS number; values beyond 2^53 would lose precision, so they are refused loudly. */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} exceeds the safe integer range`);
  return n;
}
