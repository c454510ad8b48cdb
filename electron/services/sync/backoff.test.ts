import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, offlineBackoff, requestBackoff, retryAfterMs, type BackoffPolicy } from './backoff';

const policy: BackoffPolicy = { baseMs: 100, maxMs: 5_000, factor: 2 };

describe('backoff schedule', () => {
  it('doubles the ceiling per attempt until the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => backoffCeiling(a, policy))).toEqual([100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000]);
    expect(backoffCeiling(1_000_000, policy)).toBe(5_000);
  });

  it('gives at least half and at most the whole ceiling', () => {
    expect(backoffDelay(3, policy, 0)).toBe(200);
    expect(backoffDelay(3, policy, 0.5)).toBe(300);
    expect(backoffDelay(3, policy, 0.999_999)).toBe(400);
  });

  it('stays within [ceiling/2, ceiling] and never exceeds the maximum, for any attempt and random number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(policy, requestBackoff, offlineBackoff), (attempt, r, p) => {
        const delay = backoffDelay(attempt, p, r);
        const ceiling = backoffCeiling(attempt, p);
        return delay >= Math.floor(ceiling / 2) && delay <= ceiling && delay <= p.maxMs;
      }),
    );
  });

  it('never lowers the ceiling as attempts grow', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000 }), (a) => backoffCeiling(a + 1, offlineBackoff) >= backoffCeiling(a, offlineBackoff)));
  });

  it('spreads clients that failed together', () => {
    const delays = new Set([0.05, 0.25, 0.5, 0.75, 0.95].map((r) => backoffDelay(6, offlineBackoff, r)));
    expect(delays.size).toBe(5);
  });

  it('refuses attempts that are not positive integers and random numbers outside [0, 1)', () => {
    expect(() => backoffCeiling(0, policy)).toThrow(RangeError);
    expect(() => backoffCeiling(1.5, policy)).toThrow(RangeError);
    expect(() => backoffDelay(1, policy, 1)).toThrow(RangeError);
    expect(() => backoffDelay(1, policy, Number.NaN)).toThrow(RangeError);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-03-30T02:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7', now)).toBe(7_000);
    expect(retryAfterMs('Mon, 30 Mar 2026 02:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 30 Mar 2026 01:00:00 GMT', now)).toBe(0);
  });
  it('ignores what is absent or unreadable', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
