// How a client turns pulled entries into its copy of the applications it may see: each change
// overwrites the record it names, so entries applied in order (even twice) give the server's
// state. The renderer applies the same rules to its IndexedDB tables.
import type { Change, LogEntry } from './change';
import { withDocument, type ApplicationReplica } from './replica';

function applyChange(replicas: Map<string, ApplicationReplica>, change: Change): void {
  if (change.kind === 'calendar') return;
  if (change.kind === 'application') {
    replicas.set(change.applicationId, change.replica);
    return;
  }
  if (change.kind === 'application_unassigned') {
    replicas.delete(change.applicationId);
    return;
  }
  const current = replicas.get(change.applicationId);
  if (current === undefined) return;
  replicas.set(change.applicationId, withChange(current, change));
}

function withChange(r: ApplicationReplica, change: Exclude<Change, { kind: 'calendar' | 'application' | 'application_unassigned' }>): ApplicationReplica {
  switch (change.kind) {
    case 'finding':
      return { ...r, findings: { ...r.findings, [change.requirement]: change.fields } };
    case 'decision':
      return { ...r, decision: change.fields };
    case 'workflow':
      if (r.history.some((s) => s.seq === change.step.seq)) return r;
      return { ...r, state: change.state, stateVersion: change.stateVersion, history: [...r.history, change.step] };
    case 'document':
      return { ...r, documents: withDocument(r.documents, change.document) };
    case 'audit':
      return { ...r, auditHead: { seq: change.event.seq, hash: change.event.hash } };
  }
}

/** Applies one pulled entry to a client's replicas (a map by application id), in place. */
export function applyPulledEntry(replicas: Map<string, ApplicationReplica>, entry: LogEntry): void {
  for (const change of entry.changes) applyChange(replicas, change);
}
