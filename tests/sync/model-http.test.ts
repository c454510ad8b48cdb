// The model-based sync scenario (renderer/sync/testing/scenario.ts) over the whole real stack:
// three devices — Siti's laptop and tablet and the supervisor's laptop — each the renderer's
// engine on its own database, main's SyncService behind the contract's dispatcher, HTTP to the
// real server on PGlite, with pushes dropped, answers lost, requests doubled, connections
// down, apps restarted (main reloading its journal from disk) and IndexedDB wiped. Fewer
// sequences than the in-memory run (each costs real requests); VERIKOP_SYNC_HTTP_RUNS for more.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingStatus } from '../../common/domain';
import { workflowOperation } from '../../common/sync/fixtures';
import type { VerikopDb } from '../../renderer/db/database';
import type { Actor, RequirementId } from '../../renderer/db/model';
import { describeCommand, Scenario, type Command, type Fault } from '../../renderer/sync/testing/scenario';
import { freshDb } from '../../renderer/sync/testing/world';
import { importSample, pushAccepted } from '../../server/testing/samples';
import { addUser, startRealServer, type RealServer } from './fixture';
import { HttpDevice, serverView } from './stack';

const RUNS = Math.max(40, Number(process.env.VERIKOP_SYNC_HTTP_RUNS ?? 0));

type Cmd = fc.AsyncCommand<object, Scenario>;
const asCommand = (c: Command): Cmd => ({ check: () => true, run: (_m, s) => s.run(c), toString: () => describeCommand(c) });

const editor = fc.constantFrom(0, 1);
const anyone = fc.constantFrom(0, 1, 2);
const edit = fc
  .record({ who: editor, requirement: fc.constantFrom<RequirementId>('R1', 'R1', 'R3'), note: fc.constantFrom('a', 'b', 'c'), status: fc.constantFrom<FindingStatus>('meets', 'fails') })
  .map((c) => asCommand({ kind: 'edit', ...c }));
const sync = fc.record({ who: anyone, fault: fc.constantFrom<Fault | 'none'>('none', 'none', 'drop', 'lose_answer', 'twice') }).map((c) => asCommand({ kind: 'sync', ...c }));
const commands = [
  edit,
  edit,
  edit,
  sync,
  sync,
  sync,
  editor.map((who) => asCommand({ kind: 'journal', who })),
  fc.record({ who: anyone, offline: fc.boolean() }).map((c) => asCommand({ kind: 'offline', ...c })),
  anyone.map((who) => asCommand({ kind: 'restart', who })),
  editor.map((who) => asCommand({ kind: 'wipe', who })),
  fc.record({ who: editor, choice: fc.constantFrom<'mine' | 'server'>('mine', 'server') }).map((c) => asCommand({ kind: 'resolve', ...c })),
];

describe('sync model over HTTP: three devices and the real server', () => {
  let real: RealServer;
  const pool: VerikopDb[] = [];
  let ketua: { id: string; actor: Actor };
  let sequence = 0;

  beforeAll(async () => {
    real = await startRealServer();
    const id = await addUser(real.server, 'ketua', 'supervisor', 'Ketua Tim Teknis');
    ketua = { id, actor: { userId: id, role: 'supervisor' } };
    for (const name of ['laptop', 'tablet', 'ketua']) pool.push(await freshDb(`http-${name}`));
  });
  afterAll(async () => {
    for (const db of pool) db.close();
    await real.close();
  });

  it(`converges and keeps every operation exactly once over ${String(RUNS)} sequences`, async () => {
    let acknowledged = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        // A verifier and a file of their own per sequence: the devices start from nothing.
        sequence += 1;
        const username = `siti${String(sequence)}`;
        const app = `app-http-${String(sequence)}`;
        const sitiId = await addUser(real.server, username, 'verifier', `Siti ${String(sequence)}`);
        await importSample(real.server, app, username);
        await pushAccepted(real.server, { id: sitiId, role: 'verifier', displayName: username }, [workflowOperation(app, 'start_verification')]);
        const siti: Actor = { userId: sitiId, role: 'verifier' };
        const [laptopDb, tabletDb, ketuaDb] = pool;
        if (laptopDb === undefined || tabletDb === undefined || ketuaDb === undefined) throw new Error('pool');
        const devices = [
          await HttpDevice.create('laptop', laptopDb, siti, real.url, username),
          await HttpDevice.create('tablet', tabletDb, siti, real.url, username),
          await HttpDevice.create('ketua', ketuaDb, ketua.actor, real.url, 'ketua'),
        ];
        const scenario = new Scenario(devices, app, ['R1', 'R3']);
        try {
          for (const d of devices) await d.engine.syncNow();
          await fc.asyncModelRun(() => ({ model: {}, real: scenario }), cmds);
          const view = serverView(real.server);
          expect(await scenario.settle(view)).toEqual([]);
          expect(await scenario.violations(view)).toEqual([]);
          acknowledged += devices.flatMap((d) => d.judgements).filter((j) => j === 'accepted').length;
        } finally {
          for (const d of devices) await d.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(acknowledged).toBeGreaterThan(RUNS / 2);
  }, 1_800_000);
});
