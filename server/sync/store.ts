// The push algorithm's store (common/sync/push.ts) over the database, inside one transaction.
import {
  finalAnswerSchema,
  type Commit,
  type KnownDocument,
  type KnownUser,
  type LogEntry,
  type Lookups,
  type Operation,
  type Receipt,
  type SyncStore,
  type Audience,
} from '../../common/sync';
import { json, type Queryable } from '../storage/db';
import { persistEntry } from './persist';
import { nextSeq } from './sequence';
import { loadReplica, type ApplicationCache } from './replicas';

/** Blobs an operation names: photos among its evidence, the PDF it attaches. */
function blobsNamedBy(op: Operation): string[] {
  if (op.type === 'document.attach') return [op.document.sha256];
  if (op.type !== 'finding.set') return [];
  return (op.changes.evidence?.value ?? []).flatMap((e) => (e.kind === 'photo' ? [e.blobSha256] : []));
}

const documentsNamedBy = (op: Operation): string[] => (op.type === 'document.attach' ? [op.document.id] : []);

async function lookupsFor(tx: Queryable, operations: readonly Operation[]): Promise<Lookups> {
  const shas = [...new Set(operations.flatMap(blobsNamedBy))];
  const docIds = [...new Set(operations.flatMap(documentsNamedBy))];
  const blobs = await tx.query<{ sha256: string }>('SELECT sha256 FROM blobs WHERE sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))', [json(shas)]);
  const users = await tx.query<{ id: number; role: string; disabled_at: Date | null }>('SELECT id, role, disabled_at FROM users');
  const docs = await tx.query<{ id: string; application_id: string; kind: string; sha256: string; signed: boolean }>(
    'SELECT id, application_id, kind, sha256, signed FROM documents WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [json(docIds)],
  );
  const present = new Set(blobs.rows.map((r) => r.sha256));
  const userMap = new Map<string, KnownUser>(users.rows.map((u) => [String(u.id), { role: u.role, active: u.disabled_at === null }]));
  const docMap = new Map<string, KnownDocument>(docs.rows.map((d) => [d.id, { applicationId: d.application_id, kind: d.kind, sha256: d.sha256, signed: d.signed }]));
  return { hasBlob: (s) => present.has(s), user: (u) => userMap.get(u), document: (d) => docMap.get(d) };
}

export function databaseSyncStore(tx: Queryable, cache: ApplicationCache, now: Date): SyncStore {
  return {
    async receipts(opIds) {
      const { rows } = await tx.query<{ op_id: string; fingerprint: string; answer: unknown }>(
        'SELECT op_id, fingerprint, answer FROM sync_receipts WHERE op_id IN (SELECT (jsonb_array_elements_text($1::jsonb))::uuid)',
        [json(opIds)],
      );
      return new Map(rows.map((r): [string, Receipt] => [r.op_id, { fingerprint: r.fingerprint, answer: r.answer === null ? null : finalAnswerSchema.parse(r.answer) }]));
    },
    async saveReceipt(opId, userId, receipt) {
      await tx.query(
        `INSERT INTO sync_receipts (op_id, user_id, fingerprint, answer, received_at) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (op_id) DO UPDATE SET answer = EXCLUDED.answer`,
        [opId, Number(userId), receipt.fingerprint, receipt.answer === null ? null : json(receipt.answer), now],
      );
    },
    replica: (applicationId) => loadReplica(tx, applicationId, cache),
    lookups: (operations) => lookupsFor(tx, operations),
    nextSeq: () => nextSeq(tx),
    saveCommit: (entry: LogEntry, audience: Audience, commit: Commit) => persistEntry(tx, entry, audience, commit.replica.application.id),
  };
}
