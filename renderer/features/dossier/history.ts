// What the verifier must know from the file's history: the supervisor's reasons, when the file
// came back to them and has not been resubmitted since.
import type { ApprovalRow } from '../../db/rows';

/** The return that is still open (no submission after it), if any; rows oldest first. */
export function openReturn(history: readonly ApprovalRow[]): ApprovalRow | undefined {
  let open: ApprovalRow | undefined;
  for (const step of history) {
    if (step.action === 'return_to_verifier') open = step;
    else if (step.action === 'submit_for_approval') open = undefined;
  }
  return open;
}
