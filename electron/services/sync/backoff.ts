// When to try again after a failure: exponential backoff with jitter, as a pure function so its
// schedule can be checked without waiting. Jitter keeps a room full of laptops that lost the
// connection together from all knocking at the same instant when it returns.

export interface BackoffPolicy {
  /** Ceiling of the first delay, in milliseconds. */
  readonly baseMs: number;
  /** No delay exceeds this. */
  readonly maxMs: number;
  /** Growth of the ceiling per attempt. */
  readonly factor: number;
}

/** Retries inside one request: quick, because a person may be waiting. */
export const requestBackoff: BackoffPolicy = { baseMs: 250, maxMs: 8_000, factor: 2 };
/** Health checks while offline: patient, the connection may be gone for days. */
export const offlineBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 60_000, factor: 2 };

/** The ceiling for retry number `attempt` (1 = the first retry): base·factor^(attempt−1), at most max. */
export function backoffCeiling(attempt: number, policy: BackoffPolicy): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${String(attempt)}`);
  // Computed by repeated multiplication with an early stop, so huge attempt numbers cannot overflow.
  let ceiling = policy.baseMs;
  for (let i = 1; i < attempt && ceiling < policy.maxMs; i += 1) ceiling *= policy.factor;
  return Math.min(ceiling, policy.maxMs);
}

/**
 * The delay before retry number `attempt`, given a uniform random number in [0, 1): "equal
 * jitter" — half the ceiling for sure, the other half random — so a retry never comes
 * immediately, yet two clients that failed together spread out.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: number): number {
  if (!(random >= 0 && random < 1)) throw new RangeError(`random must be in [0, 1), got ${String(random)}`);
  const ceiling = backoffCeiling(attempt, policy);
  return Math.round(ceiling / 2 + random * (ceiling / 2));
}

/**
 * The server's Retry-After (seconds, or an HTTP date) in milliseconds, or undefined when absent
 * or unreadable. A date is read against `now` — the only use of this computer's clock here, and
 * a wrong clock only makes one wait shorter or longer, capped by the caller.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
