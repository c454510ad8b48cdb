// The verifier's draft of the recommendation: the reasons they state for it. The recommendation
// itself (issue or reject) follows from the findings through common/domain's decide().
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { draftInputSchema, type Actor, type DraftInput } from './model';
import type { DecisionSetOperation } from './protocol';
import { requireApplication } from './records';
import type { DraftRow } from './rows';
import { parseInput } from './validate';

export async function saveDraft(db: VerikopDb, actor: Actor, input: DraftInput): Promise<DraftRow> {
  const draft = parseInput(draftInputSchema, input);
  return userChange(db, actor, [db.applications, db.recommendationDrafts], async ({ now, opId }) => {
    await requireApplication(db, draft.applicationId);
    const existing = await db.recommendationDrafts.get(draft.applicationId);
    const row: DraftRow = { ...draft, version: existing?.version ?? 0, updatedAt: now, updatedBy: actor.userId };
    if ((existing?.reason ?? '') === draft.reason) return { value: existing ?? row, unchanged: true };
    await db.recommendationDrafts.put(row);
    const operation: DecisionSetOperation = { id: opId, type: 'decision.set', applicationId: draft.applicationId, changes: { reason: { value: draft.reason, base: row.version } }, clientTime: now };
    return {
      value: row,
      applicationId: draft.applicationId,
      audit: { action: 'decision.set', recordType: 'decision', recordId: draft.applicationId, payload: operation },
      outbox: { entityKey: entityKeys.decision(draft.applicationId), operation },
    };
  });
}

export function getDraft(db: VerikopDb, applicationId: string): Promise<DraftRow | undefined> {
  return db.recommendationDrafts.get(applicationId);
}
