// Submitting a file for approval: the domain's transition decides whether it may go (a complete
// decision; a reason when rejection is recommended; the assigned verifier), the database records
// the step with its outbox operation and the recommendation letter it rests on. A refusal
// changes nothing.
import { transition, type Actor, type Decision } from '../../../common/domain';
import { getApplication } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import type { ApprovalRow } from '../../db/rows';
import { recordWorkflowAction } from '../../db/workflow';
import { editableStates, ensureInVerification } from '../findings';

export type SubmitResult = { readonly ok: true; readonly step: ApprovalRow } | { readonly ok: false; readonly message: string };

export interface SubmitInput {
  readonly applicationId: string;
  readonly decision: Decision['kind'];
  readonly reason: string;
  /** The generated recommendation letter the supervisor will sign. */
  readonly letterDocumentId: string;
}

export async function submitForApproval(db: VerikopDb, actor: Actor, input: SubmitInput): Promise<SubmitResult> {
  const row = await getApplication(db, input.applicationId);
  if (row === undefined) return { ok: false, message: `Berkas ${input.applicationId} tidak ada di perangkat ini.` };
  const context = {
    recommendation: input.decision,
    ...(input.reason.trim() === '' ? {} : { reason: input.reason }),
    ...(row.assignee === null ? {} : { assignedVerifierIds: [row.assignee] }),
  };
  // Checked as from "in verification" before anything is written: a file that only arrived or
  // came back enters verification on the way, but never when the submission would be refused.
  const state = editableStates.includes(row.state) ? 'in_verification' : row.state;
  const check = transition(state, 'submit_for_approval', actor, context);
  if (!check.ok) return { ok: false, message: check.error.message };
  await ensureInVerification(db, actor, input.applicationId);
  const step = transition('in_verification', 'submit_for_approval', actor, context);
  if (!step.ok) return { ok: false, message: step.error.message };
  return { ok: true, step: await recordWorkflowAction(db, input.applicationId, step.value, input.letterDocumentId) };
}
