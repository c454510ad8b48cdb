import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type CanonicalValue } from './canonical-json';

/** The same value with every object's keys inserted in reverse order. */
const reverseKeys = (v: CanonicalValue): CanonicalValue => {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, x === undefined ? x : reverseKeys(x)]));
  }
  return v;
};

describe('canonicalJson', () => {
  it('sorts keys at every depth, omits absent properties, adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined, C: 2 }] })).toBe('{"a":[true,null,{"C":2,"d":"x"}],"b":1}');
    expect(canonicalJson({ é: 1, z: 2, '10': 3, '9': 4 })).toBe('{"10":3,"9":4,"z":2,"é":1}');
    expect(canonicalJson('baris "1"\n')).toBe('"baris \\"1\\"\\n"');
    expect(canonicalJson(-0)).toBe('0');
  });

  it('refuses values JSON would silently change', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, [undefined], new Date(0), () => 1, 1n] as unknown[]) {
      expect(() => canonicalJson(bad as CanonicalValue)).toThrow(TypeError);
    }
  });

  it('is the same for any key order and round-trips through JSON.parse (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text) as CanonicalValue)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
