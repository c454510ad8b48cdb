import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TERBILANG_MAX, terbilang } from './terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2026, 'dua ribu dua puluh enam'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_000_001, 'satu juta satu'],
    [1_000_000_000, 'satu miliar'],
    [1_234_567_890, 'satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan puluh'],
    [999_999_999_999, 'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000_000_000, 'satu triliun'],
    [2_000_001_000_000, 'dua triliun satu juta'],
  ])('%d → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('rejects what cannot be spelled, saying why', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, TERBILANG_MAX + 1]) {
      expect(() => terbilang(bad)).toThrow(/tidak dapat dieja/);
    }
  });

  it('says "seribu" for a lone thousand, never "satu ratus/puluh/belas", and no stray spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TERBILANG_MAX }), (n) => {
        const w = terbilang(n);
        // "satu ribu" is right only inside a group ("seratus satu ribu"), never on its own.
        expect(w).not.toMatch(/(^|triliun |miliar |juta )satu ribu|satu (ratus|puluh|belas)|nol ./);
        expect(w).toMatch(/^[a-z]+( [a-z]+)*$/);
      }),
    );
  });

  it('is injective on a sample (different numbers read differently)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TERBILANG_MAX }), fc.integer({ min: 0, max: TERBILANG_MAX }), (a, b) => {
        fc.pre(a !== b);
        expect(terbilang(a)).not.toBe(terbilang(b));
      }),
    );
  });
});
