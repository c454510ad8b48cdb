// Who took a step of the file's history, as a reader knows them. This device knows its own
// person's name; a step pulled from the server carries a server user id (meaningless to a reader)
// and, since the server sends it, the actor's display name. Older steps without a name are named
// by the role that may take the step.
import { roleLabels, transitionTable } from '../../../common/domain';
import type { ApprovalRow } from '../../db/rows';
import { t } from '../../i18n';

const text = t.approvals.review;

export function stepActorLabel(step: Pick<ApprovalRow, 'action' | 'actor' | 'actorName'>, me?: { readonly userId: string; readonly name: string }): string {
  if (me !== undefined && step.actor === me.userId) return text.you(me.name);
  const role = roleLabels[transitionTable[step.action].roles[0] ?? 'verifier'];
  return step.actorName === undefined ? role : text.named(step.actorName, role);
}
