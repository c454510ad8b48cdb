import { describe, expect, it } from 'vitest';
import { HttpStatusError, TransportError } from './http-client';
import { withRetries, type RetryClock } from './retry';

function recordingClock(): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()), random: () => 0.5, now: () => Date.parse('2026-03-30T02:00:00Z') };
}

const policy = { baseMs: 100, maxMs: 1_000, factor: 2 };

describe('withRetries', () => {
  it('retries transport failures and transient statuses by the schedule, then succeeds', async () => {
    const clock = recordingClock();
    const failures = [new TransportError('network', 'ECONNREFUSED'), new HttpStatusError(503, undefined, null), new TransportError('timeout', 'waktu habis')];
    let calls = 0;
    const value = await withRetries(
      () => {
        calls += 1;
        const f = failures.shift();
        return f === undefined ? Promise.resolve('ok') : Promise.reject(f);
      },
      { attempts: 5, policy, clock },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(4);
    expect(clock.waits).toEqual([75, 150, 300]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const clock = recordingClock();
    let calls = 0;
    await expect(
      withRetries(() => {
        calls += 1;
        return Promise.reject(new TransportError('network', `try ${String(calls)}`));
      }, { attempts: 3, policy, clock }),
    ).rejects.toThrow('try 3');
    expect(calls).toBe(3);
    expect(clock.waits).toHaveLength(2);
  });

  it('does not retry answers that will not change (401, 403, 409, 422) or bugs', async () => {
    for (const error of [new HttpStatusError(401, undefined, null), new HttpStatusError(409, undefined, null), new HttpStatusError(422, undefined, null), new TypeError('bug')]) {
      const clock = recordingClock();
      let calls = 0;
      await expect(
        withRetries(() => {
          calls += 1;
          return Promise.reject(error);
        }, { attempts: 5, policy, clock }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it('honours Retry-After within the ceiling', async () => {
    const clock = recordingClock();
    const failures = [new HttpStatusError(429, undefined, '0'), new HttpStatusError(429, undefined, '600')];
    await withRetries(() => {
      const f = failures.shift();
      return f === undefined ? Promise.resolve(1) : Promise.reject(f);
    }, { attempts: 3, policy, clock });
    expect(clock.waits).toEqual([75, 1_000]);
  });
});
