import { describe, expect, it } from 'vitest';
import { isQuotaError, StorageFullError, toDbError, DbFailure } from './errors';
import { persistenceNotice, requestPersistentStorage, type PersistentStorage } from './storage';

// navigator.storage does not exist in Node; these stand in for the three ways a host answers.
const answering = (persisted: boolean, persist: boolean | Error): PersistentStorage => ({
  persisted: () => Promise.resolve(persisted),
  persist: () => (persist instanceof Error ? Promise.reject(persist) : Promise.resolve(persist)),
});

describe('requestPersistentStorage', () => {
  it('reports granted when already persisted or granted now', async () => {
    expect(await requestPersistentStorage(answering(true, false))).toBe('granted');
    expect(await requestPersistentStorage(answering(false, true))).toBe('granted');
  });

  it('reports refused when the host says no or throws', async () => {
    expect(await requestPersistentStorage(answering(false, false))).toBe('refused');
    expect(await requestPersistentStorage(answering(false, new DOMException('insecure', 'SecurityError')))).toBe('refused');
  });

  it('reports unsupported without a storage manager (as in Node)', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('tells the person what it means, in Indonesian, only when not granted', () => {
    expect(persistenceNotice('granted')).toBeUndefined();
    expect(persistenceNotice('refused')).toMatch(/^Penyimpanan permanen tidak diizinkan/);
    expect(persistenceNotice('unsupported')).toMatch(/sinkronkan/i);
  });
});

describe('quota errors', () => {
  it('are recognised however they are wrapped', () => {
    const dom = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(isQuotaError(dom)).toBe(true);
    // Dexie's own QuotaExceededError has the same name; an aborted transaction wraps it in `inner`.
    expect(isQuotaError({ name: 'AbortError', inner: dom })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: dom }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('become StorageFullError; other errors pass through unchanged', () => {
    const full = toDbError(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(full).toBeInstanceOf(StorageFullError);
    expect(full).toBeInstanceOf(DbFailure);
    const other = new TypeError('bug');
    expect(toDbError(other)).toBe(other);
  });
});
