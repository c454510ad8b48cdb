// Model-based test of the sync engine: three clients (Siti's laptop and tablet, the supervisor's
// laptop), each a real local database (fake-indexeddb) with a real engine, against the server's
// in-memory model (which runs the server's own push algorithm), under random sequences of edits,
// syncs, lost and doubled deliveries, connections dropping, windows restarting and IndexedDB
// being wiped (testing/scenario.ts). Afterwards, with the network healthy, every replica must
// equal the server, every acknowledged operation must be in its log exactly once, and nothing
// journaled may be lost. tests/sync/model-http.test.ts runs the same scenario over HTTP.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingStatus } from '../../common/domain';
import type { VerikopDb } from '../db/database';
import type { RequirementId } from '../db/model';
import { describeCommand, Scenario, type Command, type Fault } from './testing/scenario';
import { Client, freshDb, modelView, newServer, people, restore, SITI_APP, snapshot, startVerification, type Snapshot } from './testing/world';

/** Sequences per run: at least 1,000 in CI; VERIKOP_SYNC_RUNS raises it for a deeper search. */
const RUNS = Math.max(1_000, Number(process.env.VERIKOP_SYNC_RUNS ?? 0));

type Cmd = fc.AsyncCommand<object, Scenario>;
const asCommand = (c: Command): Cmd => ({ check: () => true, run: (_m, s) => s.run(c), toString: () => describeCommand(c) });

/** The commands of the scenario: Siti's two devices edit, anyone syncs (sometimes with a fault). */
function scenarioCommands(editors: readonly number[], everyone: readonly number[]): fc.Arbitrary<Cmd>[] {
  const editor = fc.constantFrom(...editors);
  const anyone = fc.constantFrom(...everyone);
  const edit = fc
    .record({ who: editor, requirement: fc.constantFrom<RequirementId>('R1', 'R1', 'R3'), note: fc.constantFrom('a', 'b', 'c'), status: fc.constantFrom<FindingStatus>('meets', 'fails') })
    .map((c) => asCommand({ kind: 'edit', ...c }));
  const sync = fc.record({ who: anyone, fault: fc.constantFrom<Fault | 'none'>('none', 'none', 'none', 'drop', 'lose_answer', 'twice') }).map((c) => asCommand({ kind: 'sync', ...c }));
  // fc.commands picks uniformly from this list: edits and syncs come more often, as work goes.
  return [
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
}

const devicesUnderTest = [
  ['laptop', people.siti],
  ['tablet', people.siti],
  ['ketua', people.ketua],
] as const;

describe('sync model: three clients and the server', () => {
  const pool: VerikopDb[] = [];
  const snapshots: Snapshot[] = [];
  beforeAll(async () => {
    // Every sequence starts where each device has pulled Siti's file in verification: built once,
    // then restored row for row (the server is rebuilt identically for each sequence).
    const server = newServer({ onlySiti: true });
    await startVerification(server);
    for (const [name, user] of devicesUnderTest) {
      const client = await Client.on(server, name, user, await freshDb(`model-${name}`));
      await client.engine.syncNow();
      client.stop();
      pool.push(client.db);
      snapshots.push(await snapshot(client.db));
    }
  });
  afterAll(() => {
    for (const db of pool) db.close();
  });

  it(`converges and keeps every operation exactly once over ${String(RUNS)} random sequences`, async () => {
    let acknowledged = 0;
    let withConflict = 0;
    let withWipe = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(scenarioCommands([0, 1], [0, 1, 2]), { maxCommands: 12 }), async (cmds) => {
        const server = newServer({ onlySiti: true });
        await startVerification(server);
        const clients: Client[] = [];
        for (const [i, [name, user]] of devicesUnderTest.entries()) {
          const db = pool[i];
          const snap = snapshots[i];
          if (db === undefined || snap === undefined) throw new Error('pool');
          await restore(db, snap);
          clients.push(await Client.on(server, name, user, db));
        }
        const scenario = new Scenario(clients, SITI_APP, ['R1', 'R3']);
        try {
          await fc.asyncModelRun(() => ({ model: {}, real: scenario }), cmds);
          const view = modelView(server);
          expect(await scenario.settle(view)).toEqual([]);
          expect(await scenario.violations(view)).toEqual([]);
          const judged = clients.flatMap((c) => [...c.main.judged.values()]);
          acknowledged += judged.filter((j) => j === 'accepted').length;
          if (judged.includes('conflict')) withConflict += 1;
          if ([...cmds].some((c) => String(c).startsWith('wipe'))) withWipe += 1;
        } finally {
          for (const c of clients) c.stop();
        }
      }),
      { numRuns: RUNS },
    );
    // The sequences did reach the hard cases, not just quiet ones.
    expect(acknowledged).toBeGreaterThan(RUNS / 2);
    expect(withConflict).toBeGreaterThan(RUNS / 50);
    expect(withWipe).toBeGreaterThan(RUNS / 10);
  }, 600_000);
});
