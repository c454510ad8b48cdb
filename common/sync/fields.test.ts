import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictsOf, isConflict } from './fields';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const stored = (value: unknown, version: number, clientId = A) => ({ value, version, userId: '1', clientId });

describe('field conflicts', () => {
  it.each([
    ['never written', undefined, { value: 'x', base: 0 }, B, false],
    ['base is the stored version', stored('a', 5), { value: 'x', base: 5 }, B, false],
    ['base is newer than needed', stored('a', 5), { value: 'x', base: 9 }, B, false],
    ['written since by another device', stored('a', 5), { value: 'x', base: 4 }, B, true],
    ['written since by this device', stored('a', 5), { value: 'x', base: 4 }, A, false],
    ['written since, to the same value', stored({ p: 1, q: [2] }, 5), { value: { q: [2], p: 1 }, base: 0 }, B, false],
  ])('%s', (_name, s, change, client, expected) => {
    expect(isConflict(s, change, client)).toBe(expected);
  });

  it('is a conflict exactly when another device wrote a different value after the base', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.boolean(), fc.constantFrom('a', 'b'), fc.constantFrom('a', 'b'), (version, base, sameClient, v1, v2) => {
        const verdict = isConflict(stored(v1, version + 1), { value: v2, base }, sameClient ? A : B);
        expect(verdict).toBe(version + 1 > base && !sameClient && v1 !== v2);
      }),
    );
  });

  it('reports each conflicting field with the server’s value, version and author', () => {
    const conflicts = conflictsOf('finding/R3', { note: stored('lama', 7), status: stored('s', 2) }, { note: { value: 'baru', base: 3 }, status: { value: 't', base: 2 } }, B);
    expect(conflicts).toEqual([{ record: 'finding/R3', field: 'note', server: { value: 'lama', version: 7, userId: '1' }, client: 'baru' }]);
  });
});
