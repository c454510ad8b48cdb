// The verifier's findings, one per requirement of an application, with their evidence index.
import { Dexie } from 'dexie';
import type { SubmittedDocument } from '../../common/domain/application';
import type { Finding } from '../../common/domain/findings';
import { entityKeys, guessedChange, userChange, type Change, type ChangeContext, type Guess, type NoChange } from './change';
import type { VerikopDb } from './database';
import { sameData } from './equal';
import { DbFailure } from './errors';
import { evidenceRowsOf, replaceEvidenceIndex } from './evidence';
import { findingDraftSchema, type Actor, type FindingDraft } from './model';
import type { FindingFieldName, FindingSetOperation, StatusValue } from './protocol';
import { findingKey, recentOf, rememberFinding } from './recent';
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
  const tables = [db.applications, db.findings, db.evidence];
  const key = [finding.applicationId, finding.requirement] as const;
  // The row as committed, to remember once the transaction has: the body may run twice (a
  // missed guess runs it again), and a refused or empty save stores nothing.
  let stored: FindingRow | undefined;
  const decide = ({ now, opId }: ChangeContext, existing: FindingRow | undefined, documents: readonly SubmittedDocument[]): Change<FindingRow> | NoChange<FindingRow> => {
    stored = existing;
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
    const indexUnchanged = documents.length === 0 && !finding.evidence.some((e) => e.kind === 'document') && sameData(existing?.evidence ?? [], finding.evidence);
    // Sent, not awaited: the change waits for them together with the audit event and operation.
    const written = Promise.all([db.findings.put(row), indexUnchanged ? undefined : replaceEvidenceIndex(db, existing, evidence)]);
    stored = row;
    const operation: FindingSetOperation = { id: opId, type: 'finding.set', applicationId: row.applicationId, requirement: row.requirement, changes, clientTime: now };
    return {
      value: row,
      applicationId: row.applicationId,
      audit: { action: 'finding.set', recordType: 'finding', recordId: `${row.applicationId}/${row.requirement}`, payload: operation },
      outbox: { entityKey: entityKeys.finding(row.applicationId, row.requirement), operation },
      written,
    };
  };
  let value: FindingRow;
  if (finding.evidence.some((e) => e.kind === 'document')) {
    // A document reference needs the file's row: its documents, to check the page and find the
    // SHA-256. Read first, as always.
    value = await userChange(db, actor, tables, async (ctx) => {
      const [app, existing] = await Promise.all([requireApplication(db, finding.applicationId), db.findings.get([...key])]);
      return decide(ctx, existing, app.application.documents);
    });
  } else {
    // Otherwise the file only has to exist (a count reads no row), and the stored finding is
    // guessed from what this window saved or listed last — or, never seen, that there is none:
    // autosave of the finding being typed, and a first save, send their writes without waiting.
    const guess: Guess<FindingRow | undefined> = {
      state: recentOf(db).findings.get(findingKey(finding)),
      read: async () => (await Promise.all([requireApplicationKey(db, finding.applicationId), db.findings.get([...key])]))[1],
      same: (a, b) => sameData(a, b),
    };
    value = await guessedChange(db, actor, tables, guess, (ctx, existing) => Promise.resolve(decide(ctx, existing, [])));
  }
  if (stored !== undefined) rememberFinding(db, stored);
  return value;
}

/** The findings of one application, in requirement order (R1 … R8). */
export async function listFindings(db: VerikopDb, applicationId: string): Promise<FindingRow[]> {
  const rows = await db.findings.where('[applicationId+requirement]').between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey]).toArray();
  // The open file's findings are what the verifier edits next: their saves can guess them.
  for (const row of rows) rememberFinding(db, row);
  return rows;
}

/** The domain Finding of a row whose status is chosen; undefined while it is still a draft. */
export function asFinding(row: FindingRow): Finding | undefined {
  if (row.status === null || row.computed === undefined) return undefined;
  return { requirement: row.requirement, status: row.status, computed: row.computed, note: row.note, evidence: row.evidence };
}
