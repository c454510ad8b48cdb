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
  /** The failure to show with a retry: the host not answering, the engine's last round, main's last failure, or the one the engine recorded. */
  readonly error: string | undefined;
}

const newest = (a: string | undefined, b: string | undefined): string | undefined => {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};

/** `engineError`: the bound sync engine's last failure (renderer/sync), when there is one. */
export function statusView(connection: ConnectionState, local: LocalSync | undefined, engineError?: { readonly message: string }): StatusView {
  const status = connection.status;
  return {
    online: connection.unreachable === undefined && status?.online === true,
    signedIn: status?.user != null,
    pending: local?.pending,
    conflicts: local?.conflicts ?? 0,
    rejected: local?.rejected.length ?? 0,
    lastSyncAt: newest(status?.lastSyncAt ?? undefined, local?.lastSyncAt),
    error: connection.unreachable?.message ?? engineError?.message ?? status?.error?.message ?? local?.lastError,
  };
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

/** For the app bar: "10.15" today, "27 Nov" before (Bontang time); the full form goes in its label. */
export function whenCompact(iso: string, now: Date): string {
  const full = whenShort(iso, now);
  if (full.startsWith('pukul ')) return full.slice('pukul '.length, 'pukul '.length + 5);
  const [day, month] = dateInOffset(new Date(iso), WITA_OFFSET_MINUTES).split('-').reverse();
  return `${String(Number(day))} ${shortMonths[Number(month) - 1] ?? ''}`;
}

/** "pukul 10.15 WITA" today, the full date and time otherwise (Bontang time, as letters date). */
export function whenShort(iso: string, now: Date): string {
  const full = formatInstantWita(iso);
  const sameDay = dateInOffset(new Date(iso), WITA_OFFSET_MINUTES) === dateInOffset(now, WITA_OFFSET_MINUTES);
  return sameDay ? full.slice(full.indexOf('pukul')) : full;
}
