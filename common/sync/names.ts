// People's display names on what the server sends. The log and the replicas name people by user
// id; a person reading a conflict or a file's history on a device knows colleagues by name. So
// the server adds names as it sends (from its users table; the model from its users): the author
// of a conflict's server value, the authors of pulled fields, and the actor of a workflow step
// stored before steps carried a name. They are never written back, so a resend or a later pull
// names people as the server knows them then. Display names only: staff already see each other's.
import type { OperationAnswer } from './answer';
import type { Change, LogEntry } from './change';
import type { PullPage } from './pull';
import type { ApplicationReplica, DecisionFields, FindingFields, WorkflowStep } from './replica';

/** A user's display name, or undefined for an id the server does not know (or an empty name). */
export type NameOf = (userId: string) => string | undefined;

/** Conflict answers say who wrote the server's value. */
export function namedAnswers(answers: readonly OperationAnswer[], nameOf: NameOf): OperationAnswer[] {
  return answers.map((a) => {
    if (a.status !== 'conflict') return a;
    return { ...a, conflicts: a.conflicts.map((c) => ({ ...c, server: withName(c.server, nameOf(c.server.userId)) })) };
  });
}

/** The user ids a conflict answer names as authors, to look up at once. */
export const conflictAuthorsOf = (answers: readonly OperationAnswer[]): string[] => [
  ...new Set(answers.flatMap((a) => (a.status === 'conflict' ? a.conflicts.map((c) => c.server.userId) : []))),
];

const withName = <T extends { readonly userId: string }>(server: T, name: string | undefined): T & { userName?: string } =>
  name === undefined ? server : { ...server, userName: name };

/** A step taken before steps carried the actor's name gets the name the server knows now. */
function namedStep(step: WorkflowStep, nameOf: NameOf): WorkflowStep {
  if (step.actorName !== undefined) return step;
  const name = nameOf(step.actorId);
  return name === undefined ? step : { ...step, actorName: name };
}

/** The actors of the replica's steps that carry no name, to look up at once. */
export const unnamedActorsOf = (replica: ApplicationReplica): string[] => [...new Set(replica.history.flatMap((s) => (s.actorName === undefined ? [s.actorId] : [])))];

/** The replica as sent: its history names every actor the server knows. */
export function namedReplica(replica: ApplicationReplica, nameOf: NameOf): ApplicationReplica {
  return replica.history.every((s) => s.actorName !== undefined) ? replica : { ...replica, history: replica.history.map((s) => namedStep(s, nameOf)) };
}

const fieldAuthors = (fields: FindingFields | DecisionFields): string[] => Object.values(fields).flatMap((f: { userId: string } | undefined) => (f === undefined ? [] : [f.userId]));

function authorsOf(change: Change): string[] {
  switch (change.kind) {
    case 'finding':
    case 'decision':
      return fieldAuthors(change.fields);
    case 'application':
      return [...Object.values(change.replica.findings).flatMap(fieldAuthors), ...fieldAuthors(change.replica.decision)];
    default:
      return [];
  }
}

/** The user ids a page names as field authors or as step actors without a name, to look up at once. */
export function pageUsersOf(page: PullPage): string[] {
  const ids = new Set<string>();
  for (const e of page.entries) {
    for (const c of e.changes) {
      for (const id of authorsOf(c)) ids.add(id);
      if (c.kind === 'workflow' && c.step.actorName === undefined) ids.add(c.step.actorId);
      if (c.kind === 'application') for (const id of unnamedActorsOf(c.replica)) ids.add(id);
    }
  }
  return [...ids];
}

function namedChange(change: Change, nameOf: NameOf): Change {
  if (change.kind === 'workflow') return { ...change, step: namedStep(change.step, nameOf) };
  if (change.kind === 'application') return { ...change, replica: namedReplica(change.replica, nameOf) };
  return change;
}

function namedEntry(entry: LogEntry, nameOf: NameOf): LogEntry {
  const names: Record<string, string> = {};
  for (const id of entry.changes.flatMap(authorsOf)) {
    const name = nameOf(id);
    if (name !== undefined) names[id] = name;
  }
  const changes = entry.changes.map((c) => namedChange(c, nameOf));
  return Object.keys(names).length === 0 ? { ...entry, changes } : { ...entry, changes, userNames: names };
}

/** A pull page as sent: field authors named per entry, steps without a name given one. */
export function namedPage(page: PullPage, nameOf: NameOf): PullPage {
  return { ...page, entries: page.entries.map((e) => namedEntry(e, nameOf)) };
}
