// The sync core shared by the server and the client: operations, answers, pulled changes, the
// rules that apply an operation, and an in-memory model of the server.
export * from './ids';
export * from './operation';
export * from './answer';
export * from './replica';
export * from './change';
export * from './fields';
export * from './redelivery';
export * from './visibility';
export * from './pull';
export { processPush, audienceOf, type Lookups, type PushResult, type RawOperation, type SyncStore } from './push';
export { applyOperation, canSee, intakeCommit, nextAuditEvent, type Intake, type Actor, type ApplyContext, type ApplyOutcome, type AuditFacts, type AuditWriter, type Commit, type KnownDocument, type KnownUser } from './apply';
export { SyncModel, type ModelUser } from './model';
export { syncMessages } from './messages';
export { applyPulledEntry } from './replay';
export { conflictAuthorsOf, namedAnswers, namedPage, namedReplica, pageUsersOf, unnamedActorsOf, type NameOf } from './names';
