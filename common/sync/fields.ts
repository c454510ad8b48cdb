// When is an edit a conflict? A field edit carries `base`: the version of the field the person
// was looking at. The server accepts the edit when nobody else has written the field since:
//   - the field's version is at most `base` (the person saw the latest value), or
//   - the latest write came from the same client (a device's operations are sent in the order
//     they were made, so its later edit knowingly replaces its earlier one), or
//   - the new value equals the stored one (both people want the same thing).
// Otherwise the edit is a conflict: the server keeps its value and answers both, for a person to
// choose. Nothing is decided by clocks, which on field laptops are often wrong.
import { canonicalJson, type CanonicalValue } from '../domain';

export interface StoredFieldLike {
  readonly value: unknown;
  readonly version: number;
  readonly userId: string;
  readonly clientId: string;
}

export interface FieldChangeLike {
  readonly value: unknown;
  readonly base: number;
}

export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a as CanonicalValue) === canonicalJson(b as CanonicalValue);

export function isConflict(stored: StoredFieldLike | undefined, change: FieldChangeLike, clientId: string): boolean {
  if (stored === undefined) return false;
  if (stored.version <= change.base) return false;
  if (stored.clientId === clientId) return false;
  return !sameValue(stored.value, change.value);
}

export interface FieldConflict {
  /** Which record: 'finding/R3', 'decision', 'assignment'. */
  readonly record: string;
  readonly field: string;
  /** What the server holds, with its version and author: the person compares it with `client`. */
  readonly server: { readonly value: unknown; readonly version: number; readonly userId: string; readonly userName?: string };
  readonly client: unknown;
}

/** The conflicts among a record's changes; empty when all of them may be applied. */
export function conflictsOf(
  record: string,
  stored: Readonly<Record<string, StoredFieldLike | undefined>>,
  changes: Readonly<Record<string, FieldChangeLike | undefined>>,
  clientId: string,
): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const [field, change] of Object.entries(changes)) {
    if (change === undefined) continue;
    const current = stored[field];
    if (current !== undefined && isConflict(current, change, clientId)) {
      out.push({ record, field, server: { value: current.value, version: current.version, userId: current.userId }, client: change.value });
    }
  }
  return out;
}
