// Several server processes on one PostgreSQL: pushes from many clients at once, while a reader
// pulls with its cursor. The log's numbers must become visible in order — a reader must never
// step past an entry that commits later — and every accepted operation must be there once.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry, RawOperation } from '../../common/sync';
import { actorOf, sampleUsers } from '../../common/sync/fixtures';
import { openPostgres } from '../storage/postgres';
import { databaseTargets } from '../testing/databases';
import { startTestServer, userWithToken } from '../testing/harness';
import { importSample } from '../testing/samples';
import { SyncService } from './service';

const target = databaseTargets().find((t) => t.name === 'postgres');

describe.skipIf(target === undefined || target.skip !== undefined)(`concurrent server processes on PostgreSQL${target?.skip ? ` (${target.skip})` : ''}`, () => {
  afterAll(() => target?.dispose());

  it('never lets a pull skip an entry, and keeps each accepted operation once', async () => {
    if (target === undefined) throw new Error('no PostgreSQL target');
    const db = await target.open();
    const server = await startTestServer({ db });
    try {
      await userWithToken(server, 'siti', 'verifier');
      await userWithToken(server, 'andi', 'verifier');
      await userWithToken(server, 'ketua', 'supervisor');
      await importSample(server, 'app-1', 'siti');
      // Each "process" has its own connection pool and its own service, as N servers would.
      const { rows } = await db.query<{ db: string; port: string }>("SELECT current_database() AS db, current_setting('port') AS port");
      const connection = `postgres://postgres@127.0.0.1:${rows[0]?.port ?? ''}/${rows[0]?.db ?? ''}`;
      const processes = [0, 1, 2].map(() => openPostgres(connection, { maxConnections: 4 }));
      const services = processes.map((p) => new SyncService(p));
      const ketua = actorOf(sampleUsers.ketua);
      const note = (): RawOperation => ({ id: randomUUID(), type: 'audit.note', applicationId: 'app-1', action: 'document.opened', recordType: 'document', recordId: 'doc-r1-izin-kc' });

      const seen: LogEntry[] = [];
      let cursor = 0;
      const writers = new AbortController();
      const reader = (async () => {
        while (!writers.signal.aborted) {
          const page = await (services[0] ?? server.ctx.sync).pull({ userId: ketua.userId, role: 'supervisor' }, cursor, 50);
          seen.push(...page.entries);
          cursor = page.cursor;
        }
      })();
      const accepted: number[] = [];
      await Promise.all(
        services.flatMap((service) =>
          [0, 1, 2, 3, 4].map(async () => {
            for (let i = 0; i < 8; i += 1) {
              const result = await service.push(ketua, randomUUID(), [note(), note()], new Date());
              if (result.kind !== 'answers') throw new Error('reused');
              for (const a of result.answers) if (a.status === 'accepted') accepted.push(a.seq);
            }
          }),
        ),
      );
      writers.abort();
      await reader;
      for (let page = await server.ctx.sync.pull({ userId: ketua.userId, role: 'supervisor' }, cursor, 500); ; page = await server.ctx.sync.pull({ userId: ketua.userId, role: 'supervisor' }, cursor, 500)) {
        seen.push(...page.entries);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      const all = (await server.ctx.sync.pull({ userId: ketua.userId, role: 'supervisor' }, 0, 500)).entries.map((e) => e.seq);
      expect(accepted).toHaveLength(3 * 5 * 8 * 2);
      expect(new Set(accepted).size).toBe(accepted.length);
      expect(seen.map((e) => e.seq)).toEqual(all);
      expect(all.filter((s) => accepted.includes(s))).toHaveLength(accepted.length);
      await Promise.all(processes.map((p) => p.close()));
    } finally {
      await server.close();
      await db.close();
    }
  }, 300_000);
});
