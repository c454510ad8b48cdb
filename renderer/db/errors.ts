// Failures of the local database that a person can act on, with Indonesian messages for the UI.
// Anything else that goes wrong is a bug and is rethrown unchanged.

export type DbFailureCode = 'storage_full' | 'invalid_input' | 'not_found' | 'stale_state' | 'duplicate';

export class DbFailure extends Error {
  constructor(
    readonly code: DbFailureCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DbFailure';
  }
}

export const isDbFailure = (e: unknown): e is DbFailure => e instanceof DbFailure;

export const STORAGE_FULL_MESSAGE =
  'Ruang penyimpanan penuh: perubahan ini belum tersimpan. Kosongkan ruang disk di laptop ini ' +
  '(misalnya hapus unduhan atau berkas lama yang tidak diperlukan), lalu simpan lagi. ' +
  'Isian Anda tetap ada selama jendela ini tidak ditutup.';

/** The storage-full failure, whatever layer reported it. */
export class StorageFullError extends DbFailure {
  constructor(cause: unknown) {
    super('storage_full', STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * Browsers report a full disk as a DOMException named QuotaExceededError; Dexie passes it on
 * under the same name, or wraps it in an AbortError (`inner`) when it aborted the transaction.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 5 || typeof e !== 'object' || e === null) return false;
  const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}

/** Turns a storage error into the typed failure; returns anything else unchanged. */
export function toDbError(e: unknown): unknown {
  if (e instanceof DbFailure) return e;
  return isQuotaError(e) ? new StorageFullError(e) : e;
}
