// Asking the browser to keep our data. Without persistence, Chromium may evict IndexedDB when the
// disk runs low — on a laptop holding unsynced findings from a site visit. The UI asks at start
// and shows the notice when it was not granted.

export type PersistenceResult = 'granted' | 'refused' | 'unsupported';

/** The part of the StorageManager we use; `navigator.storage` in the app. */
export interface PersistentStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

function defaultStorage(): PersistentStorage | undefined {
  return (globalThis as { navigator?: { storage?: PersistentStorage } }).navigator?.storage;
}

export async function requestPersistentStorage(storage: PersistentStorage | undefined = defaultStorage()): Promise<PersistenceResult> {
  if (storage?.persist === undefined) return 'unsupported';
  if (storage.persisted !== undefined && (await storage.persisted())) return 'granted';
  try {
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some hosts throw instead of answering false (e.g. an insecure origin): same meaning.
    return 'refused';
  }
}

/** What to tell the person, or undefined when all is well. */
export function persistenceNotice(result: PersistenceResult): string | undefined {
  switch (result) {
    case 'granted':
      return undefined;
    case 'refused':
      return 'Penyimpanan permanen tidak diizinkan: data di laptop ini dapat dihapus otomatis bila disk hampir penuh. Sinkronkan secepatnya dan jaga ruang disk tetap cukup.';
    case 'unsupported':
      return 'Penyimpanan permanen tidak didukung di sini: sinkronkan secepatnya agar perubahan tersimpan juga di server.';
  }
}
