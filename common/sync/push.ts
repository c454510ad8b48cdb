// One push, judged operation by operation, in order, over an abstract store. The server runs it
// inside one database transaction; the in-memory model (model.ts) runs the very same function,
// so tests of the model test the server's rules.
import { isFinal, type FinalAnswer, type OperationAnswer } from './answer';
import { applyOperation, type Actor, type Commit, type KnownDocument, type KnownUser } from './apply';
import type { LogEntry } from './change';
import { syncMessages as m } from './messages';
import { operationSchema, type Operation } from './operation';
import { fingerprintOf, judgeRedelivery, type Receipt } from './redelivery';
import type { ApplicationReplica } from './replica';
import type { Audience } from './visibility';

/** An operation as it arrived: only its id is known to be well formed. */
export interface RawOperation {
  readonly id: string;
  readonly [key: string]: unknown;
}

export interface Lookups {
  hasBlob(sha256: string): boolean;
  user(userId: string): KnownUser | undefined;
  document(documentId: string): KnownDocument | undefined;
}

export interface SyncStore {
  receipts(opIds: readonly string[]): Promise<ReadonlyMap<string, Receipt>>;
  /** Inserts or replaces the receipt of an operation id (a retry's receipt becomes final later). */
  saveReceipt(opId: string, userId: string, receipt: Receipt): Promise<void>;
  replica(applicationId: string): Promise<ApplicationReplica | undefined>;
  /** What the operations of this batch may ask about: blobs, users, documents they name. */
  lookups(operations: readonly Operation[]): Promise<Lookups>;
  /** Draws the next sequence number (only for an accepted operation). */
  nextSeq(): Promise<number>;
  /** Persists an accepted operation: its log entry and the replica it produced. */
  saveCommit(entry: LogEntry, audience: Audience, commit: Commit): Promise<void>;
}

export type PushResult =
  | { readonly kind: 'answers'; readonly answers: readonly OperationAnswer[] }
  /** Some ids were already used for different content (or twice in this batch): nothing was done. */
  | { readonly kind: 'id_reused'; readonly operationIds: readonly string[] };

export function audienceOf(commit: Commit): Audience {
  return { everyone: false, verifierId: commit.replica.assignedTo, formerVerifierId: commit.formerAssignee ?? null };
}

/** Ids that this batch reuses for other content, judged before anything is applied. */
function reusedIds(fingerprints: readonly [RawOperation, string][], receipts: ReadonlyMap<string, Receipt>): string[] {
  const inBatch = new Map<string, string>();
  const reused = new Set<string>();
  for (const [op, fingerprint] of fingerprints) {
    const earlier = inBatch.get(op.id);
    if (earlier !== undefined && earlier !== fingerprint) reused.add(op.id);
    if (judgeRedelivery(receipts.get(op.id), fingerprint).kind === 'id_reused') reused.add(op.id);
    inBatch.set(op.id, fingerprint);
  }
  return [...reused];
}

/** Documents attached earlier in this batch are known to later operations of it. */
function withBatchDocuments(base: Lookups, attached: Map<string, KnownDocument>): Lookups {
  return { hasBlob: (s) => base.hasBlob(s), user: (u) => base.user(u), document: (d) => attached.get(d) ?? base.document(d) };
}

export async function processPush(store: SyncStore, actor: Actor, clientId: string, raw: readonly RawOperation[], now: Date): Promise<PushResult> {
  const fingerprints = raw.map((op): [RawOperation, string] => [op, fingerprintOf(actor.userId, op)]);
  const receipts = new Map(await store.receipts(raw.map((op) => op.id)));
  const reused = reusedIds(fingerprints, receipts);
  if (reused.length > 0) return { kind: 'id_reused', operationIds: reused };

  const parsed = raw.map((op) => operationSchema.safeParse(op));
  const valid = parsed.flatMap((p) => (p.success ? [p.data] : []));
  const attached = new Map<string, KnownDocument>();
  const lookups = withBatchDocuments(await store.lookups(valid), attached);
  const replicas = new Map<string, ApplicationReplica | undefined>();
  const answers: OperationAnswer[] = [];
  // Applications with an operation answered `retry` in this batch. The client made its
  // operations in order: a later one on the same application judged now would be applied ahead
  // of the earlier one (whose photo is still on its way), or be judged without it (a submission
  // without that finding, a signature without the letter). So it waits too, answered `retry`.
  const waiting = new Set<string>();

  for (const [index, [op, fingerprint]] of fingerprints.entries()) {
    const previous = judgeRedelivery(receipts.get(op.id), fingerprint);
    if (previous.kind === 'replay') {
      answers.push(previous.answer);
      continue;
    }
    const result = parsed[index];
    const application = result?.success === true ? result.data.applicationId : undefined;
    const answer: OperationAnswer =
      application !== undefined && waiting.has(application)
        ? { opId: op.id, status: 'retry', code: 'waits_for_earlier', message: m.waitsForEarlier }
        : await judge(op, result, { store, actor, clientId, now, lookups, replicas, attached });
    if (answer.status === 'retry' && application !== undefined) waiting.add(application);
    const receipt: Receipt = { fingerprint, answer: isFinal(answer) ? answer : null };
    await store.saveReceipt(op.id, actor.userId, receipt);
    receipts.set(op.id, receipt);
    answers.push(answer);
  }
  return { kind: 'answers', answers };
}

interface Judging {
  readonly store: SyncStore;
  readonly actor: Actor;
  readonly clientId: string;
  readonly now: Date;
  readonly lookups: Lookups;
  readonly replicas: Map<string, ApplicationReplica | undefined>;
  readonly attached: Map<string, KnownDocument>;
}

type ParseResult = ReturnType<typeof operationSchema.safeParse> | undefined;

async function judge(raw: RawOperation, parsed: ParseResult, j: Judging): Promise<OperationAnswer> {
  if (parsed === undefined || !parsed.success) {
    const detail = parsed?.error.issues.map((i) => `${i.path.join('.') || 'operasi'}: ${i.message}`).join('; ') ?? '';
    return { opId: raw.id, status: 'rejected', code: 'invalid_operation', message: m.invalid(detail) };
  }
  const op = parsed.data;
  if (!j.replicas.has(op.applicationId)) j.replicas.set(op.applicationId, await j.store.replica(op.applicationId));
  const outcome = applyOperation(j.replicas.get(op.applicationId), op, { actor: j.actor, clientId: j.clientId, now: j.now, ...j.lookups });
  switch (outcome.kind) {
    case 'conflict':
      return { opId: op.id, status: 'conflict', conflicts: [...outcome.conflicts] };
    case 'rejected':
      return { opId: op.id, status: 'rejected', code: outcome.code, message: outcome.message };
    case 'retry':
      return { opId: op.id, status: 'retry', code: outcome.code, message: outcome.message };
    case 'accepted': {
      const seq = await j.store.nextSeq();
      const commit = outcome.commit(seq);
      const entry: LogEntry = { seq, opId: op.id, authorId: j.actor.userId, at: j.now.toISOString(), changes: [...commit.changes] };
      await j.store.saveCommit(entry, audienceOf(commit), commit);
      j.replicas.set(op.applicationId, commit.replica);
      for (const c of commit.changes) {
        if (c.kind === 'document') j.attached.set(c.document.id, { applicationId: c.applicationId, kind: c.document.kind, sha256: c.document.sha256, signed: c.document.signed });
      }
      const accepted: FinalAnswer = { opId: op.id, status: 'accepted', seq };
      return accepted;
    }
  }
}
