import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../common/contract/sync';
import { statusView, whenCompact, whenShort } from './status-view';
import type { LocalSync } from './use-local-sync';

const status: SyncStatus = { serverUrl: 'https://sinkron.example.go.id', user: null, online: false, pending: 0, lastSyncAt: null };
const local: LocalSync = { pending: 3, conflicts: 1, rejected: [], lastSyncAt: undefined, lastError: undefined };

describe('statusView', () => {
  it('is offline while main has not answered or says so', () => {
    expect(statusView({ status: undefined, unreachable: undefined, checking: true }, local).online).toBe(false);
    expect(statusView({ status, unreachable: undefined, checking: false }, local).online).toBe(false);
    expect(statusView({ status: { ...status, online: true }, unreachable: undefined, checking: false }, local).online).toBe(true);
  });

  it('is offline, with the reason as the failure, when the host does not answer', () => {
    const view = statusView({ status: { ...status, online: true }, unreachable: { code: 'unavailable', message: 'Layanan tidak dapat dihubungi.' }, checking: false }, local);
    expect(view).toMatchObject({ online: false, error: 'Layanan tidak dapat dihubungi.', pending: 3, conflicts: 1 });
  });

  it('shows the newest last sync of main and the engine', () => {
    const view = statusView({ status: { ...status, lastSyncAt: '2026-03-30T02:00:00Z' }, unreachable: undefined, checking: false }, { ...local, lastSyncAt: '2026-03-30T03:00:00.000Z' });
    expect(view.lastSyncAt).toBe('2026-03-30T03:00:00.000Z');
  });

  it('shows the engine’s failed round before main’s older failure', () => {
    const connection = { status: { ...status, error: { code: 'sync_offline', message: 'lama' } }, unreachable: undefined, checking: false };
    expect(statusView(connection, local, { message: 'Server menolak permintaan ini.' }).error).toBe('Server menolak permintaan ini.');
  });

  it('prefers main’s failure over the one the engine recorded', () => {
    const view = statusView({ status: { ...status, error: { code: 'sync_offline', message: 'Server tidak dapat dihubungi.' } }, unreachable: undefined, checking: false }, { ...local, lastError: 'lama' });
    expect(view.error).toBe('Server tidak dapat dihubungi.');
  });
});

describe('whenShort', () => {
  it('gives only the time on the same day in Bontang, the full date otherwise', () => {
    expect(whenShort('2026-03-30T02:15:00Z', new Date('2026-03-30T09:00:00Z'))).toBe('pukul 10.15 WITA');
    // 16:30 UTC is already the next day in Bontang (UTC+8).
    expect(whenShort('2026-03-30T02:15:00Z', new Date('2026-03-30T16:30:00Z'))).toBe('30 Maret 2026 pukul 10.15 WITA');
  });
});

describe('whenCompact', () => {
  it('gives the time today and the day and month before', () => {
    expect(whenCompact('2026-03-30T02:15:00Z', new Date('2026-03-30T09:00:00Z'))).toBe('10.15');
    expect(whenCompact('2026-03-27T02:15:00Z', new Date('2026-03-30T09:00:00Z'))).toBe('27 Mar');
  });
});
