// An application arriving from the licensing office (the admin's packet intake): a new replica
// in state `received`, optionally assigned, with the first event of its audit trail.
import type { Application } from '../../domain';
import type { Change } from '../change';
import type { UserId } from '../ids';
import type { ApplicationReplica } from '../replica';
import { headOf, nextAuditEvent } from './audit';
import type { Commit } from './context';

export interface Intake {
  readonly application: Application;
  readonly assignedTo: UserId | null;
  readonly opId: string;
  readonly now: Date;
}

export function intakeCommit(intake: Intake, seq: number): Commit {
  const fresh: ApplicationReplica = {
    application: intake.application,
    assignedTo: intake.assignedTo,
    assignmentVersion: intake.assignedTo === null ? 0 : seq,
    state: 'received',
    stateVersion: seq,
    history: [],
    findings: {},
    decision: {},
    documents: [],
    auditHead: null,
  };
  const event = nextAuditEvent(
    fresh,
    { id: intake.opId, action: 'application.import', recordType: 'application', recordId: intake.application.id, payload: intake.application },
    { actor: { userId: 'system', role: 'system' }, now: intake.now },
  );
  const replica: ApplicationReplica = { ...fresh, auditHead: headOf(event) };
  const changes: Change[] = [
    { kind: 'application', applicationId: intake.application.id, replica },
    { kind: 'audit', applicationId: intake.application.id, event },
  ];
  return { replica, changes };
}
