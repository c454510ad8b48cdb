import { afterAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../testing/databases';
import { json, sqlState, UNIQUE_VIOLATION } from './db';

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`Db on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    afterAll(() => target.dispose());

    it('answers the same JS types from both engines', async () => {
      const db = await target.open();
      try {
        const { rows } = await db.query<{ n: number; t: Date; j: unknown; b: Uint8Array; s: string; ok: boolean }>(
          `SELECT 5::bigint AS n, $1::timestamptz AS t, $2::jsonb AS j, $3::bytea AS b, $4::text AS s, true AS ok`,
          [new Date('2026-03-23T01:02:03.004Z'), json([1, { a: 'x' }]), new Uint8Array([0, 255]), 'teks'],
        );
        const row = rows[0];
        expect(row?.n).toBe(5);
        expect(row?.t).toBeInstanceOf(Date);
        expect(row?.t.toISOString()).toBe('2026-03-23T01:02:03.004Z');
        expect(row?.j).toEqual([1, { a: 'x' }]);
        expect([...(row?.b ?? [])]).toEqual([0, 255]);
        expect(row?.s).toBe('teks');
        expect(row?.ok).toBe(true);
      } finally {
        await db.close();
      }
    });

    it('refuses int8 values a JS number cannot hold exactly', async () => {
      const db = await target.open();
      try {
        await expect(db.query('SELECT 9007199254740993::bigint AS n')).rejects.toThrow(/safe integer/);
      } finally {
        await db.close();
      }
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      const db = await target.open();
      try {
        await db.query('CREATE TABLE t (k text PRIMARY KEY)');
        await db.transaction(async (tx) => {
          await tx.query('INSERT INTO t VALUES ($1)', ['a']);
        });
        await expect(
          db.transaction(async (tx) => {
            await tx.query('INSERT INTO t VALUES ($1)', ['b']);
            await tx.query('INSERT INTO t VALUES ($1)', ['a']);
          }),
        ).rejects.toSatisfy((e: unknown) => sqlState(e) === UNIQUE_VIOLATION);
        const { rows } = await db.query<{ k: string }>('SELECT k FROM t ORDER BY k');
        expect(rows.map((r) => r.k)).toEqual(['a']);
        // The engine is still usable after a rollback.
        await db.transaction(async (tx) => {
          await tx.query('INSERT INTO t VALUES ($1)', ['c']);
        });
        expect((await db.query('SELECT k FROM t')).rows).toHaveLength(2);
      } finally {
        await db.close();
      }
    });

    it('reports affected rows for writes', async () => {
      const db = await target.open();
      try {
        await db.query('CREATE TABLE t (k int)');
        expect((await db.query('INSERT INTO t SELECT generate_series(1, 3)')).rowCount).toBe(3);
        expect((await db.query('UPDATE t SET k = k + 1 WHERE k > $1', [1])).rowCount).toBe(2);
      } finally {
        await db.close();
      }
    });
  });
}
