// What an outbox operation was, in the words of the person who made it.
import { workflowActionLabels } from '../../../common/domain';
import type { Operation } from '../../db/protocol';
import { t } from '../../i18n';

const text = t.status.screen.operation;

export function operationLabel(op: Operation): string {
  switch (op.type) {
    case 'finding.set':
      return text['finding.set'](op.requirement);
    case 'decision.set':
      return text['decision.set'];
    case 'workflow.act':
      return workflowActionLabels[op.action];
    case 'document.attach':
      return text['document.attach'](op.document.fileName);
    case 'application.assign':
      return text['application.assign'];
    case 'audit.note':
      return text['audit.note'];
  }
}
