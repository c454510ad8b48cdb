// The model-based sync scenario, shared by the fast run against the server's in-memory model
// (renderer/sync/model.test.ts) and the slower one against the real server over HTTP
// (tests/sync/model-http.test.ts): devices — each a local database with an engine and main
// behind it — take commands (edit, sync with a fault, go offline, restart, wipe IndexedDB,
// resolve a conflict); then the network heals, everyone settles, and the invariants are checked.
// Commands are plain data so the tests can generate and shrink them with fast-check.
import type { OperationAnswer } from '../../../common/sync/answer';
import type { FindingStatus } from '../../../common/domain';
import { listConflicts, resolveConflict } from '../../db/conflicts';
import type { VerikopDb } from '../../db/database';
import type { Actor, RequirementId } from '../../db/model';
import type { ConflictRow } from '../../db/rows';
import type { SyncEngine } from '../engine';

export type Fault = 'drop' | 'lose_answer' | 'twice';

/** One device as the scenario drives it. */
export interface Device {
  readonly name: string;
  readonly db: VerikopDb;
  readonly actor: Actor;
  readonly engine: SyncEngine;
  edit(applicationId: string, requirement: RequirementId, change: { note: string; status: FindingStatus }): Promise<void>;
  /** The window closed and opened again (main keeps running). */
  restart(): Promise<void>;
  /** IndexedDB is gone; the engine starts again on an empty database. */
  wipe(): Promise<void>;
  setOffline(offline: boolean): void;
  /** What goes wrong with this device's next push. */
  fault(fault: Fault): void;
  clearFaults(): void;
  /** Ids main's journal holds now. */
  journalIds(): Promise<string[]>;
  /** The server's latest judgement of an operation this device pushed, whether or not the answer got back. */
  judged(opId: string): OperationAnswer['status'] | undefined;
}

/** What the checks need to know about the server. */
export interface ServerView {
  /** How many times each operation id is in the server's log. */
  opCounts(): Promise<ReadonlyMap<string, number>>;
  /** The seq of each log entry, by operation id. */
  seqOf(opId: string): Promise<number | undefined>;
  /** The newest seq in the log. */
  head(): Promise<number>;
  /** State and finding values of the application, as the server holds them. */
  application(id: string): Promise<{ state: string; findings: Partial<Record<RequirementId, { note: string; status: FindingStatus | null }>> } | undefined>;
}

export type Command =
  | { readonly kind: 'edit'; readonly who: number; readonly requirement: RequirementId; readonly note: string; readonly status: FindingStatus }
  | { readonly kind: 'sync'; readonly who: number; readonly fault: Fault | 'none' }
  | { readonly kind: 'journal'; readonly who: number }
  | { readonly kind: 'offline'; readonly who: number; readonly offline: boolean }
  | { readonly kind: 'restart'; readonly who: number }
  | { readonly kind: 'wipe'; readonly who: number }
  | { readonly kind: 'resolve'; readonly who: number; readonly choice: 'mine' | 'server' };

export const describeCommand = (c: Command): string => `${c.kind}(${Object.entries(c).filter(([k]) => k !== 'kind').map(([, v]) => String(v)).join(', ')})`;

export class Scenario {
  /** Operations made, by the index of the device that made them. */
  readonly made = new Map<string, number>();
  /** Pending operations a wipe took before main ever saw them: lost by definition, not by a bug. */
  readonly lostUnjournaled = new Set<string>();

  constructor(
    readonly devices: readonly Device[],
    readonly applicationId: string,
    readonly requirements: readonly RequirementId[],
  ) {}

  async run(command: Command): Promise<void> {
    const d = this.devices[command.who];
    if (d === undefined) return;
    switch (command.kind) {
      case 'edit':
        return this.#edit(d, command.who, command);
      case 'sync':
        if (command.fault !== 'none') d.fault(command.fault);
        await d.engine.syncNow();
        d.clearFaults();
        return;
      case 'journal':
        return d.engine.journalNow();
      case 'offline':
        d.setOffline(command.offline);
        return;
      case 'restart':
        return d.restart();
      case 'wipe': {
        const journaled = new Set(await d.journalIds());
        for (const o of await d.db.outbox.where('state').equals('pending').toArray()) if (!journaled.has(o.id)) this.lostUnjournaled.add(o.id);
        return d.wipe();
      }
      case 'resolve': {
        const [open] = await resolvable(d);
        if (open !== undefined) await resolveConflict(d.db, d.actor, open.id, command.choice);
        return;
      }
    }
  }

  async #edit(d: Device, who: number, c: Extract<Command, { kind: 'edit' }>): Promise<void> {
    if ((await d.db.applications.get(this.applicationId))?.state !== 'in_verification') return;
    const before = new Set((await d.db.outbox.toArray()).map((o) => o.id));
    await d.edit(this.applicationId, c.requirement, { note: c.note, status: c.status });
    for (const o of await d.db.outbox.toArray()) if (!before.has(o.id)) this.made.set(o.id, who);
  }

  /**
   * Healthy network; whoever has work pending syncs and resolves what a person could, until no
   * operation is pending anywhere; then whoever has not seen the latest entries pulls them.
   * Answers the failures met on the way (there should be none).
   */
  async settle(server: ServerView): Promise<string[]> {
    const problems: string[] = [];
    for (const d of this.devices) {
      d.clearFaults();
      d.setOffline(false);
    }
    for (let pass = 0; ; pass += 1) {
      if (pass === 12) return [...problems, 'sync did not settle in 12 passes'];
      let busy = false;
      for (const d of this.devices) {
        await d.engine.journalNow();
        if ((await pending(d)) === 0 && (await resolvable(d)).length === 0) continue;
        busy = true;
        const report = await d.engine.syncNow();
        if (report.error !== undefined) problems.push(`${d.name}: ${report.error.code} ${report.error.message}`);
        for (const conflict of await resolvable(d)) await resolveConflict(d.db, d.actor, conflict.id, 'server');
      }
      if (!busy) break;
    }
    const head = await server.head();
    for (const d of this.devices) {
      if (((await d.db.syncState.get('local'))?.cursor ?? 0) >= head) continue;
      const report = await d.engine.syncNow();
      if (report.error !== undefined) problems.push(`${d.name}: ${report.error.code} ${report.error.message}`);
    }
    return problems;
  }

  /** Every invariant that fails, in words; empty when all hold. */
  async violations(server: ServerView): Promise<string[]> {
    const out: string[] = [];
    const counts = await server.opCounts();
    for (const [id, n] of counts) if (n !== 1) out.push(`operation ${id} is in the server's log ${String(n)} times`);
    for (const d of this.devices) {
      for (const o of await d.db.outbox.where('state').equals('done').toArray()) {
        if (counts.get(o.id) !== 1) out.push(`${d.name}: acknowledged ${o.id} is in the log ${String(counts.get(o.id) ?? 0)} times`);
        else if (o.serverSeq !== undefined && (await server.seqOf(o.id)) !== o.serverSeq) out.push(`${d.name}: ${o.id} acknowledged at another seq`);
      }
      const waiting = new Set((await listConflicts(d.db)).map((c) => c.opId));
      const journal = new Set(await d.journalIds());
      if (journal.size !== waiting.size || [...journal].some((id) => !waiting.has(id))) {
        out.push(`${d.name}: journal holds [${[...journal].join(', ')}], open conflicts are of [${[...waiting].join(', ')}]`);
      }
      out.push(...(await this.#replicaDifferences(d, server)));
    }
    for (const [id, who] of this.made) {
      if (this.lostUnjournaled.has(id)) continue;
      const d = this.devices[who];
      const row = await d?.db.outbox.where('id').equals(id).first();
      const judged = this.devices.some((x) => x.judged(id) !== undefined);
      if (counts.get(id) !== 1 && !judged && row?.state !== 'superseded') out.push(`operation ${id} of ${d?.name ?? '?'} was lost`);
      // A conflict is the person's value the server did not take: it must reach the person,
      // even when IndexedDB was wiped in between.
      if (d?.judged(id) === 'conflict' && row?.state !== 'conflict') out.push(`conflict ${id} of ${d.name} never reached the person (outbox: ${row?.state ?? 'gone'})`);
    }
    return out;
  }

  async #replicaDifferences(d: Device, server: ServerView): Promise<string[]> {
    const remote = await server.application(this.applicationId);
    const local = await d.db.applications.get(this.applicationId);
    if (remote?.state !== local?.state) return [`${d.name}: state ${String(local?.state)} ≠ server ${String(remote?.state)}`];
    const out: string[] = [];
    for (const requirement of this.requirements) {
      const row = await d.db.findings.get([this.applicationId, requirement]);
      const mine = { note: row?.note ?? '', status: row?.status ?? null };
      const theirs = remote?.findings[requirement] ?? { note: '', status: null };
      if (mine.note !== theirs.note || mine.status !== theirs.status) out.push(`${d.name}: ${requirement} ${JSON.stringify(mine)} ≠ server ${JSON.stringify(theirs)}`);
    }
    return out;
  }
}

const pending = (d: Device) => d.db.outbox.where('state').equals('pending').count();

/**
 * Open conflicts, for a person to resolve. All of them: resolving one after newer values of its
 * field were pulled (or edited again here) must neither put an older server value back nor lose
 * the person's value (renderer/db/conflicts.ts; the sequences that found it: edit(0,R1,a,fails),
 * edit(1,R1,a,meets), sync(0), sync(1), edit(0,R1,a,meets), then resolve on 1 with 'server').
 */
export function resolvable(d: Device): Promise<ConflictRow[]> {
  return listConflicts(d.db);
}
