// Online detection: a cheap request to the server's health route, every half minute while it
// answers, and on a backoff schedule while it does not (a laptop may be offline for days; there
// is no point knocking every second). Any real request's outcome counts as a check too.
import { publicRoutes } from '../../../common/contract/http';
import { backoffDelay, offlineBackoff } from './backoff';
import { expectStatus, HttpClient, type Fetch } from './http-client';

export const HEALTH_TIMEOUT_MS = 5_000;
export const DEFAULT_HEALTH_EVERY_MS = 30_000;

export interface HealthOptions {
  readonly serverUrl: () => string | null;
  readonly fetch?: Fetch;
  /** Between checks while online, in ms; 0 turns the schedule off (checks only when asked). */
  readonly everyMs: number;
  readonly random: () => number;
  readonly report: (online: boolean) => void;
}

export class HealthMonitor {
  #timer: NodeJS.Timeout | undefined;
  #failures = 0;
  #closed = false;

  constructor(private readonly o: HealthOptions) {}

  /** Asks the health route now; answers whether the server replied. */
  async check(): Promise<boolean> {
    const serverUrl = this.o.serverUrl();
    if (serverUrl === null) return false;
    try {
      expectStatus(await new HttpClient(serverUrl, this.o.fetch).send(publicRoutes.health, { timeoutMs: HEALTH_TIMEOUT_MS }), [200]);
      this.reachable();
      return true;
    } catch {
      this.#failures += 1;
      this.o.report(false);
      return false;
    }
  }

  /** The server answered something: the schedule relaxes. */
  reachable(): void {
    this.#failures = 0;
    this.o.report(true);
  }

  /** A request got no answer: check again on the offline schedule. */
  unreachable(): void {
    this.#failures = Math.max(1, this.#failures);
    this.o.report(false);
    this.schedule(backoffDelay(this.#failures, offlineBackoff, this.o.random()));
  }

  schedule(delayMs: number): void {
    if (this.#closed || this.o.everyMs === 0 || this.o.serverUrl() === null) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      void this.check().then((online) => {
        this.schedule(online ? this.o.everyMs : backoffDelay(this.#failures, offlineBackoff, this.o.random()));
      });
    }, delayMs);
    this.#timer.unref();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }
}
