// The sync protocol as the local database meets it — the operations it writes to the outbox, the
// answers the server gives them, the log entries a pull brings — taken from common/sync, so the
// outbox holds exactly what the server parses. One place to import them from inside db/.
export {
  findingFieldNames,
  type ApplicationReplica,
  type AuditNoteOperation,
  type Change,
  type DecisionFields,
  type DecisionSetOperation,
  type DocumentAttachOperation,
  type DocumentKind,
  type DocumentRecord,
  type FieldConflict,
  type FindingFieldName,
  type FindingFields,
  type FindingSetOperation,
  type LogEntry,
  type Operation,
  type OperationAnswer,
  type OperationType,
  type PullPage,
  type StatusValue,
  type WorkflowOperation,
  type WorkflowStep as WorkflowStepRecord,
} from '../../common/sync';
