// The evidence index: each evidence reference of each finding with the SHA-256 of its bytes.
import { Dexie } from 'dexie';
import type { SubmittedDocument } from '../../common/domain/application';
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import type { FindingDraft, RequirementId } from './model';
import type { EvidenceRow } from './rows';

type DocumentRef = Extract<FindingDraft['evidence'][number], { kind: 'document' }>;

/** The submitted document a reference points at, or why it points nowhere. */
function resolveDocument(ref: DocumentRef, documents: readonly SubmittedDocument[]): SubmittedDocument | string {
  const doc = documents.find((d) => d.id === ref.documentId);
  if (doc === undefined) return `Dokumen ${ref.documentId} tidak ada dalam berkas ini; pilih halaman dari dokumen berkas.`;
  if (doc.pages !== undefined && ref.page > doc.pages) return `Dokumen ${doc.fileName} hanya ${doc.pages} halaman; halaman ${ref.page} tidak ada.`;
  return doc;
}

/** Row ids are `${applicationId}:${requirement}:${position}`; record ids never contain ':'. */
function evidenceRowId(finding: Pick<FindingDraft, 'applicationId' | 'requirement'>, position: number): string {
  return `${finding.applicationId}:${finding.requirement}:${String(position)}`;
}

/**
 * The index rows of one finding. A document reference must name a document of the file and a
 * page it has; `strict: false` (pulled findings, already accepted by the server) skips such a
 * reference instead of refusing the change.
 */
export function evidenceRowsOf(finding: FindingDraft, documents: readonly SubmittedDocument[], strict: boolean): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  finding.evidence.forEach((ref, i) => {
    const base = { id: evidenceRowId(finding, i), applicationId: finding.applicationId, requirement: finding.requirement };
    if (ref.kind === 'photo') {
      rows.push({ ...base, kind: 'photo', sha256: ref.blobSha256 });
      return;
    }
    const doc = resolveDocument(ref, documents);
    if (typeof doc === 'string') {
      if (strict) throw new DbFailure('invalid_input', doc);
      return;
    }
    rows.push({ ...base, kind: 'document', sha256: doc.sha256, documentId: doc.id, page: ref.page });
  });
  return rows;
}

/** Replaces the index rows of one finding; call inside a transaction that includes `evidence`. */
export async function reindexEvidence(db: VerikopDb, applicationId: string, requirement: RequirementId, rows: readonly EvidenceRow[]): Promise<void> {
  await db.evidence.where('[applicationId+requirement]').equals([applicationId, requirement]).delete();
  await db.evidence.bulkPut([...rows]);
}

/**
 * Replaces the index rows of one finding without reading the index first, so a save can send
 * it together with its other writes. Sound because every writer of a finding rewrites its rows
 * in the same transaction (saveFinding here, reindexEvidence in pull and conflict resolution)
 * and removing a file removes both: the stored rows of a finding are always some of the
 * positions of `before.evidence` (evidence.test.ts drives every writer to check that). The
 * rows are put over their own positions and the other old positions deleted: the two sets are
 * disjoint, so the order IndexedDB runs them in does not matter. Evidence that stays empty
 * writes nothing.
 */
export function replaceEvidenceIndex(db: VerikopDb, before: FindingDraft | undefined, rows: readonly EvidenceRow[]): Promise<unknown> {
  const kept = new Set(rows.map((r) => r.id));
  const stale: string[] = [];
  before?.evidence.forEach((_, i) => {
    const id = evidenceRowId(before, i);
    if (!kept.has(id)) stale.push(id);
  });
  return Promise.all([stale.length === 0 ? undefined : db.evidence.bulkDelete(stale), rows.length === 0 ? undefined : db.evidence.bulkPut([...rows])]);
}

/** Evidence of one application, or of one of its requirements. */
export function listEvidence(db: VerikopDb, applicationId: string, requirement?: RequirementId): Promise<EvidenceRow[]> {
  const index = db.evidence.where('[applicationId+requirement]');
  return (requirement === undefined ? index.between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey]) : index.equals([applicationId, requirement])).toArray();
}

/** The distinct vault files the evidence of an application needs. */
export async function evidenceBlobs(db: VerikopDb, applicationId: string): Promise<string[]> {
  const rows = await listEvidence(db, applicationId);
  return [...new Set(rows.map((r) => r.sha256))].sort();
}

/** Whether any finding still points at these bytes (the vault must keep them). */
export async function isBlobReferenced(db: VerikopDb, sha256: string): Promise<boolean> {
  return (await db.evidence.where('sha256').equals(sha256).count()) > 0;
}
