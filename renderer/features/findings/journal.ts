// The write-ahead journal of autosave: each unsaved value is written synchronously to the
// window's localStorage the moment it is typed, and removed once IndexedDB has it. A reload, a
// crash or a closed window between the keystroke and the save therefore loses nothing — the
// next visit replays what the journal still holds. It is a buffer of keystrokes, not a record
// store: records live only in IndexedDB.
import type { Journal } from './autosave';

/** The part of the Web Storage API the journal uses (window.localStorage in the app). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'verikop.unsaved.v1';

export interface ScopedJournal<V> extends Journal<V> {
  /** Values still waiting, by key; unreadable entries are dropped. */
  entries(): [string, unknown][];
}

export function createJournal<V>(storage: KeyValueStorage | undefined, scope: string): ScopedJournal<V> {
  const prefix = `${PREFIX}:${scope}:`;
  return {
    write(key, value) {
      try {
        storage?.setItem(prefix + key, JSON.stringify(value));
      } catch {
        // localStorage full or disabled: the value is still held in memory and saved to
        // IndexedDB as usual; only the protection against a reload in the next moment is lost.
      }
    },
    remove(key) {
      try {
        storage?.removeItem(prefix + key);
      } catch {
        // Nothing to protect any more; a stale entry is replayed as an unchanged save.
      }
    },
    entries() {
      if (storage === undefined) return [];
      const found: [string, unknown][] = [];
      for (let i = 0; i < storage.length; i++) {
        const full = storage.key(i);
        if (full?.startsWith(prefix) !== true) continue;
        try {
          found.push([full.slice(prefix.length), JSON.parse(storage.getItem(full) ?? 'null') as unknown]);
        } catch {
          storage.removeItem(full);
          i--;
        }
      }
      return found;
    },
  };
}

/** The window's localStorage, or none where the host refuses it. */
export function windowStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
