// What this window last knew of the records a save reads: the audit chain's head and the
// findings it saved or listed. Only a guess — another window or a pull may have changed them —
// so a save that uses it reads the real values in the same transaction and rolls back when they
// differ (see guessedChange in change.ts). Kept per database instance, bounded.
import type { AuditEventRow } from './audit';
import type { VerikopDb } from './database';
import type { FindingRow } from './rows';

const MAX_FINDINGS = 1_000;

interface Recent {
  head?: AuditEventRow;
  /** Key `${applicationId}/${requirement}`; oldest first (a Map keeps insertion order). */
  readonly findings: Map<string, FindingRow>;
}

const recent = new WeakMap<VerikopDb, Recent>();

export function recentOf(db: VerikopDb): Recent {
  let r = recent.get(db);
  if (r === undefined) {
    r = { findings: new Map() };
    recent.set(db, r);
  }
  return r;
}

export const findingKey = (f: Pick<FindingRow, 'applicationId' | 'requirement'>) => `${f.applicationId}/${f.requirement}`;

/** Call only with a row as committed (or as read). */
export function rememberFinding(db: VerikopDb, row: FindingRow): void {
  const { findings } = recentOf(db);
  const key = findingKey(row);
  findings.delete(key);
  findings.set(key, row);
  if (findings.size > MAX_FINDINGS) {
    const oldest = findings.keys().next();
    if (oldest.done !== true) findings.delete(oldest.value);
  }
}
