// One reading of everything the status area knows, so the app bar and the status screen never
// disagree: online or not, what waits, when sync last succeeded, and the failure to show.
import { dateInOffset, formatInstantWita, WITA_OFFSET_MINUTES } from '../../../common/domain';
import type { ConnectionState } from '../settings';
import type { LocalSync } from './use-local-sync';

export interface StatusView {
  readonly online: boolean;
  readonly signedIn: boolean;
  /** Operations of this device not yet accepted by the server; undefined while not counted. */
  readonly pending: number | undefined;
  readonly conflicts: number;
  readonly rejected: number;
  readonly lastSyncAt: string | undefined;
  /** The failure to show with a retry: main's last one, the host not answering, or the engine's. */
  readonly error: string | undefined;
}

const newest = (a: string | undefined, b: string | undefined): string | undefined => {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};

export function statusView(connection: ConnectionState, local: LocalSync | undefined): StatusView {
  const status = connection.status;
  return {
    online: connection.unreachable === undefined && status?.online === true,
    signedIn: status?.user != null,
    pending: local?.pending,
    conflicts: local?.conflicts ?? 0,
    rejected: local?.rejected.length ?? 0,
    lastSyncAt: newest(status?.lastSyncAt ?? undefined, local?.lastSyncAt),
    error: connection.unreachable?.message ?? status?.error?.message ?? local?.lastError,
  };
}

/** "pukul 10.15 WITA" today, the full date and time otherwise (Bontang time, as letters date). */
export function whenShort(iso: string, now: Date): string {
  const full = formatInstantWita(iso);
  const sameDay = dateInOffset(new Date(iso), WITA_OFFSET_MINUTES) === dateInOffset(now, WITA_OFFSET_MINUTES);
  return sameDay ? full.slice(full.indexOf('pukul')) : full;
}
