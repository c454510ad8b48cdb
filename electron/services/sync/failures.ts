// Every way a sync request can fail, turned into what the person sees (a SyncFailure with an
// Indonesian message) and what the status shows (online or not; signed out when the server no
// longer knows the session). Bugs pass through untouched and surface as `internal`.
import { isFailure } from '../../../common/contract';
import { HttpStatusError, ProtocolError, TransportError } from './http-client';
import { SyncFailure, syncMessages as m } from './messages';

export interface Outcome {
  readonly error: unknown;
  /** What the failure says about reachability; undefined when it says nothing. */
  readonly online?: boolean;
  /** The server refused the token: forget the session. */
  readonly sessionEnded: boolean;
}

export function failureOf(e: unknown): Outcome {
  if (e instanceof TransportError) {
    return { error: new SyncFailure('sync_offline', m.offline(e.reason === 'timeout' ? 'waktu tunggu habis' : e.detail)), online: false, sessionEnded: false };
  }
  if (e instanceof HttpStatusError) {
    if (e.status === 401) return { error: new SyncFailure('sync_unauthenticated', m.sessionEnded), online: true, sessionEnded: true };
    if (e.status === 403) return { error: new SyncFailure('sync_forbidden', m.forbidden(e.error?.message ?? 'akses ditolak')), online: true, sessionEnded: false };
    const detail = `HTTP ${String(e.status)}${e.error === undefined ? '' : `, ${e.error.code}`}`;
    return { error: new SyncFailure('sync_server_error', m.serverError(detail)), online: true, sessionEnded: false };
  }
  if (e instanceof ProtocolError) return { error: new SyncFailure('sync_server_error', m.serverError(e.detail)), online: true, sessionEnded: false };
  // Our own refusals (not signed in, journal) and the vault's (disk full) are already worded.
  if (isFailure(e)) return { error: e, sessionEnded: false };
  return { error: e, sessionEnded: false };
}
