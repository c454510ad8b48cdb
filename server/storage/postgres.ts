// PostgreSQL through `pg`: for N server processes sharing one database.
import pg from 'pg';
import type { Db, QueryResult, Queryable, SqlParam } from './db';
import { parseInt8 } from './pglite';

// Per-pool type parsers, so that importing this module changes nothing global in `pg`.
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    if (oid === pg.types.builtins.INT8) return parseInt8;
    const standard: unknown = pg.types.getTypeParser(oid, format);
    return standard;
  },
};

const toResult = <R>(result: pg.QueryResult): QueryResult<R> => ({
  rows: result.rows as R[],
  rowCount: result.rowCount ?? result.rows.length,
});

const asQueryable = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R>(text: string, params: readonly SqlParam[] = []) {
    return toResult<R>(await client.query(text, [...params]));
  },
});

export function openPostgres(connectionString: string, options: { maxConnections?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, types: typeParsers, max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const root = asQueryable(pool);
  return {
    engine: 'postgres',
    query: (text, params) => root.query(text, params),
    async transaction(work) {
      const client = await pool.connect();
      // A client whose ROLLBACK failed has a broken connection: destroy it, do not pool it.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(asQueryable(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
