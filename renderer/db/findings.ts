// The verifier's findings, one per requirement of an application, with their evidence index.
import { Dexie } from 'dexie';
import type { Finding } from '../../common/domain/findings';
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { sameData } from './equal';
import { evidenceRowsOf, reindexEvidence } from './evidence';
import { findingDraftSchema, type Actor, type FindingDraft } from './model';
import { requireApplication } from './records';
import type { FindingRow } from './rows';
import { parseInput } from './validate';

/** The verifier's content of a finding, without who and when. */
export function findingContent(row: FindingDraft): FindingDraft {
  const { applicationId, requirement, status, computed, note, evidence } = row;
  return { applicationId, requirement, status, ...(computed === undefined ? {} : { computed }), note, evidence };
}

/**
 * Saves the verifier's finding for one requirement (autosave calls this often). Saving what is
 * already stored writes nothing, so autosave leaves no noise in the audit trail.
 */
export async function saveFinding(db: VerikopDb, actor: Actor, input: FindingDraft): Promise<FindingRow> {
  const finding = parseInput(findingDraftSchema, input);
  return userChange(db, actor, [db.applications, db.findings, db.evidence], async (now) => {
    const app = await requireApplication(db, finding.applicationId);
    const existing = await db.findings.get([finding.applicationId, finding.requirement]);
    if (existing && sameData(findingContent(existing), finding)) return { value: existing, unchanged: true };
    const evidence = evidenceRowsOf(finding, app.application.documents, true);
    const row: FindingRow = { ...finding, updatedAt: now, updatedBy: actor.userId, revision: existing?.revision ?? 0 };
    await db.findings.put(row);
    await reindexEvidence(db, finding.applicationId, finding.requirement, evidence);
    return {
      value: row,
      action: 'finding.save',
      detail: finding,
      op: {
        type: 'finding.save',
        applicationId: row.applicationId,
        entityKey: entityKeys.finding(row.applicationId, row.requirement),
        payload: finding,
        baseRevision: row.revision,
      },
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
