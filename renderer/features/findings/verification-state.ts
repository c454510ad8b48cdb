// Findings are written while a file is in verification. A file that has just arrived, or that
// the supervisor returned, enters verification with the verifier's first change — through the
// domain's transition, recorded with its outbox operation like any other step.
import { transition, type WorkflowAction, type WorkflowState } from '../../../common/domain';
import { getApplication } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import { DbFailure, isDbFailure } from '../../db/errors';
import type { Actor } from '../../db/model';
import { recordWorkflowAction } from '../../db/workflow';

/** States in which the verifier may still change findings and the stated reasons. */
export const editableStates: readonly WorkflowState[] = ['received', 'in_verification', 'returned'];

const entryAction = (state: WorkflowState): WorkflowAction | undefined =>
  state === 'received' ? 'start_verification' : state === 'returned' ? 'resume_verification' : undefined;

export async function ensureInVerification(db: VerikopDb, actor: Actor, applicationId: string): Promise<void> {
  const row = await getApplication(db, applicationId);
  if (row === undefined) return; // the save that follows reports the missing file
  const action = entryAction(row.state);
  if (action === undefined) return;
  const step = transition(row.state, action, actor, row.assignee === null ? {} : { assignedVerifierIds: [row.assignee] });
  if (!step.ok) throw new DbFailure('invalid_input', step.error.message);
  try {
    await recordWorkflowAction(db, applicationId, step.value);
  } catch (e) {
    // Another window started it a moment earlier: the file is where it should be.
    if (!(isDbFailure(e) && e.code === 'stale_state')) throw e;
  }
}
