// The verifier's findings, one per requirement of an application, with their evidence index.
import { Dexie } from 'dexie';
import type { Finding } from '../../common/domain/findings';
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { sameData } from './equal';
import { DbFailure } from './errors';
import { evidenceRowsOf, replaceEvidenceIndex } from './evidence';
import { findingDraftSchema, type Actor, type FindingDraft } from './model';
import type { FindingFieldName, FindingSetOperation, StatusValue } from './protocol';
import { requireApplication, requireApplicationKey } from './records';
import type { FieldVersions, FindingRow } from './rows';
import { parseInput } from './validate';

export const NEVER_WRITTEN: FieldVersions = { status: 0, note: 0, evidence: 0 };

/** The verifier's content of a finding, without versions, who and when. */
export function findingContent(row: FindingDraft): FindingDraft {
  const { applicationId, requirement, status, computed, note, evidence } = row;
  return { applicationId, requirement, status, ...(computed === undefined ? {} : { computed }), note, evidence };
}

function statusValue(f: FindingDraft): StatusValue | undefined {
  return f.status === null || f.computed === undefined ? undefined : { status: f.status, computed: f.computed };
}

/** The value of one field as the protocol carries it; undefined for a status not chosen yet. */
export function fieldValue(f: FindingDraft, field: FindingFieldName): unknown {
  if (field === 'status') return statusValue(f);
  return field === 'note' ? f.note : f.evidence;
}

/** The field changes from `before` to `after`, each based on the version the edit was made on. */
function changesOf(before: FindingRow | undefined, after: FindingDraft): FindingSetOperation['changes'] {
  const versions = before?.versions ?? NEVER_WRITTEN;
  const changed = (field: FindingFieldName) => !sameData(before === undefined ? undefined : fieldValue(before, field), fieldValue(after, field));
  const status = statusValue(after);
  return {
    ...(status !== undefined && changed('status') ? { status: { value: status, base: versions.status } } : {}),
    ...(changed('note') && (before !== undefined || after.note !== '') ? { note: { value: after.note, base: versions.note } } : {}),
    ...(changed('evidence') && (before !== undefined || after.evidence.length > 0) ? { evidence: { value: after.evidence, base: versions.evidence } } : {}),
  };
}

/**
 * Saves the verifier's finding for one requirement (autosave calls this often). Only the fields
 * that changed go to the server, each with the version it was edited on; saving what is already
 * stored writes nothing, so autosave leaves no noise in the audit trail.
 */
export async function saveFinding(db: VerikopDb, actor: Actor, input: FindingDraft): Promise<FindingRow> {
  const parsed = parseInput(findingDraftSchema, input);
  // Without a status the computed snapshot means nothing: it is what the verifier saw when choosing.
  const finding = parsed.status === null ? findingContent({ ...parsed, computed: undefined }) : parsed;
  // Only a document reference needs the file's row (its documents, to check the page and find the
  // SHA-256); otherwise the file only has to exist. A note typed into a finding whose evidence is
  // photos or nothing — what autosave mostly sends — reads no application row.
  const needsDocuments = finding.evidence.some((e) => e.kind === 'document');
  return userChange(db, actor, [db.applications, db.findings, db.evidence], async ({ now, opId }) => {
    const [documents, existing] = await Promise.all([
      needsDocuments ? requireApplication(db, finding.applicationId).then((app) => app.application.documents) : requireApplicationKey(db, finding.applicationId).then(() => []),
      db.findings.get([finding.applicationId, finding.requirement]),
    ]);
    if (existing && sameData(findingContent(existing), finding)) return { value: existing, unchanged: true };
    if (existing?.status != null && finding.status === null) {
      throw new DbFailure('invalid_input', 'Status temuan yang sudah dipilih tidak dapat dikosongkan; pilih status lain bila perlu.');
    }
    const evidence = evidenceRowsOf(finding, documents, true);
    const row: FindingRow = { ...finding, versions: existing?.versions ?? NEVER_WRITTEN, updatedAt: now, updatedBy: actor.userId };
    const changes = changesOf(existing, finding);
    // A first save with nothing in it (no status, note or evidence) is not worth a record.
    if (Object.keys(changes).length === 0) return { value: row, unchanged: true };
    // Rows of photos depend on the finding alone, so unchanged photos keep theirs; a document's
    // row carries the SHA-256 the file's documents give it now, so those are written again.
    const indexUnchanged = !needsDocuments && sameData(existing?.evidence ?? [], finding.evidence);
    // Sent, not awaited: userChange waits for them together with the audit event and operation.
    const written = Promise.all([db.findings.put(row), indexUnchanged ? undefined : replaceEvidenceIndex(db, existing, evidence)]);
    const operation: FindingSetOperation = { id: opId, type: 'finding.set', applicationId: row.applicationId, requirement: row.requirement, changes, clientTime: now };
    return {
      value: row,
      applicationId: row.applicationId,
      audit: { action: 'finding.set', recordType: 'finding', recordId: `${row.applicationId}/${row.requirement}`, payload: operation },
      outbox: { entityKey: entityKeys.finding(row.applicationId, row.requirement), operation },
      written,
    };
  });
}

/** The findings of one application, in requirement order (R1 … R8). */
export function listFindings(db: VerikopDb, applicationId: string): Promise<FindingRow[]> {
  return db.findings.where('[applicationId+requirement]').between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey]).toArray();
}

/** The domain Finding of a row whose status is chosen; undefined while it is still a draft. */
export function asFinding(row: FindingRow): Finding | undefined {
  if (row.status === null || row.computed === undefined) return undefined;
  return { requirement: row.requirement, status: row.status, computed: row.computed, note: row.note, evidence: row.evidence };
}
