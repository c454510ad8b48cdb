// Runs a request again after failures worth retrying (no answer, or a transient server status),
// waiting by the backoff schedule between tries. Everything a retry may repeat is idempotent:
// pushes carry operation ids the server answers at most once, uploads resume from the offset
// the server reports, reads change nothing.
import { backoffDelay, retryAfterMs, type BackoffPolicy } from './backoff';
import { HttpStatusError, TransportError } from './http-client';

export interface RetryClock {
  sleep(ms: number): Promise<void>;
  random(): number;
  /** Only to read an HTTP-date Retry-After. */
  now(): number;
}

export const realClock: RetryClock = {
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms).unref();
    }),
  random: Math.random,
  now: Date.now,
};

export interface RetryOptions {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly policy: BackoffPolicy;
  readonly clock: RetryClock;
  /** Told before each wait (to report "offline" at once rather than after the last try). */
  readonly onRetry?: (error: unknown, attempt: number) => void;
}

export const isRetryable = (e: unknown): boolean => e instanceof TransportError || (e instanceof HttpStatusError && e.transient);

export async function withRetries<T>(task: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task(attempt);
    } catch (e) {
      if (attempt >= options.attempts || !isRetryable(e)) throw e;
      options.onRetry?.(e, attempt);
      const scheduled = backoffDelay(attempt, options.policy, options.clock.random());
      const asked = e instanceof HttpStatusError ? retryAfterMs(e.retryAfter, options.clock.now()) : undefined;
      // The server's wish is honoured, but never beyond the policy's ceiling: a person is waiting.
      await options.clock.sleep(asked === undefined ? scheduled : Math.min(Math.max(asked, scheduled), options.policy.maxMs));
    }
  }
}
