// Who sees which log entry. Supervisors and admins see every application; a verifier sees the
// entries written while an application was assigned to them, and a short notice when it is
// assigned away. Calendar entries are for everyone.
import type { Role } from '../domain';
import type { LogEntry } from './change';
import type { UserId } from './ids';

/** Stored with each entry when it is written (who the application belonged to then). */
export interface Audience {
  /** Entries not about an application (the calendar) are for everyone. */
  readonly everyone: boolean;
  readonly verifierId: UserId | null;
  readonly formerVerifierId: UserId | null;
}

export interface Viewer {
  readonly userId: UserId;
  readonly role: Role;
}

/** The entry as this viewer may see it, or undefined when it is not theirs to see. */
export function viewFor(entry: LogEntry, audience: Audience, viewer: Viewer): LogEntry | undefined {
  if (audience.everyone || viewer.role !== 'verifier') return entry;
  if (audience.verifierId === viewer.userId) return entry;
  if (audience.formerVerifierId !== viewer.userId) return undefined;
  // The former verifier learns only that the application left them, not who has it now.
  const changes: LogEntry['changes'] = [];
  for (const c of entry.changes) {
    if (c.kind === 'application') {
      changes.push({ kind: 'application_unassigned', applicationId: c.applicationId, assignmentVersion: c.replica.assignmentVersion });
    }
  }
  return changes.length === 0 ? undefined : { ...entry, changes };
}
