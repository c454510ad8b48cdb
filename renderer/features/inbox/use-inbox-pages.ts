// The inbox list reads the database a block of rows at a time, only for the rows in view. One
// read runs at a time and always serves the rows wanted *now*: blocks scrolled past during a
// fast scroll are never read (each read scans the query's index keys, so a pile of them would
// queue behind each other). A new query (filters changed) starts afresh; answers for an old
// query are dropped.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { isDbFailure } from '../../db/errors';
import { listInbox, type InboxQuery, type InboxRow } from '../../db/inbox';

export const BLOCK_SIZE = 200;

export type InboxBase = Omit<InboxQuery, 'offset' | 'limit'>;

interface PagesState {
  readonly key: string;
  /** Undefined until the first block of this query answered. */
  readonly total: number | undefined;
  readonly blocks: ReadonlyMap<number, readonly InboxRow[]>;
  readonly error: string | undefined;
}

const empty = (key: string): PagesState => ({ key, total: undefined, blocks: new Map(), error: undefined });

export interface InboxPages {
  readonly total: number | undefined;
  readonly error: string | undefined;
  readonly rowAt: (index: number) => InboxRow | undefined;
  /** Rows first..last (inclusive) are in view: load what of them is missing. */
  readonly ensure: (first: number, last: number) => void;
  readonly reload: () => void;
}

/** The first block of the wanted rows that is not loaded yet. */
export function nextBlock(wanted: { readonly first: number; readonly last: number }, loaded: ReadonlySet<number>): number | undefined {
  for (let b = Math.floor(wanted.first / BLOCK_SIZE); b <= Math.floor(wanted.last / BLOCK_SIZE); b++) if (!loaded.has(b)) return b;
  return undefined;
}

export function useInboxPages(db: VerikopDb, base: InboxBase): InboxPages {
  const key = JSON.stringify(base);
  const [state, setState] = useState<PagesState>(() => empty(key));
  const [attempt, setAttempt] = useState(0);
  const wanted = useRef({ first: 0, last: 0 });
  const loaded = useRef(new Set<number>());
  const busy = useRef(false);
  const currentKey = useRef(key);

  const pump = useCallback((): void => {
    if (busy.current) return;
    const block = nextBlock(wanted.current, loaded.current);
    if (block === undefined) return;
    busy.current = true;
    const forKey = currentKey.current;
    const query = { ...(JSON.parse(forKey) as InboxBase), offset: block * BLOCK_SIZE, limit: BLOCK_SIZE };
    const settle = (change: (s: PagesState) => PagesState, ok: boolean): void => {
      busy.current = false;
      if (forKey !== currentKey.current) {
        pump();
        return;
      }
      if (ok) loaded.current.add(block);
      setState((s) => (s.key === forKey ? change(s) : s));
      if (ok) pump();
    };
    listInbox(db, query).then(
      (page) => {
        settle((s) => ({ ...s, total: page.total, blocks: new Map(s.blocks).set(block, page.rows), error: undefined }), true);
      },
      (e: unknown) => {
        const message = isDbFailure(e) || e instanceof Error ? e.message : String(e);
        settle((s) => ({ ...s, error: message }), false);
      },
    );
  }, [db]);

  useEffect(() => {
    currentKey.current = key;
    loaded.current = new Set();
    wanted.current = { first: 0, last: 0 };
    setState(empty(key));
    pump();
  }, [key, pump, attempt]);

  // The blocks are read once, not live: files that sync brings while the list is on screen (a
  // pull moves the sync cursor in the same transaction as its rows) are read afresh, or a person
  // who just signed in would look at an empty inbox until they left it. Only a moved cursor
  // counts: the row also changes on every empty pull, and a reload resets the loaded blocks.
  useEffect(() => {
    let seen: number | undefined;
    const subscription = liveQuery(() => db.syncState.get('local')).subscribe({
      next: (row) => {
        const cursor = row?.cursor ?? 0;
        if (seen !== undefined && cursor !== seen) setAttempt((a) => a + 1);
        seen = cursor;
      },
      error: (e: unknown) => {
        console.error('Kotak masuk tidak dapat mengikuti sinkronisasi; buka ulang untuk melihat berkas baru.', e);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);

  const current = state.key === key ? state : empty(key);
  return {
    total: current.total,
    error: current.error,
    rowAt: (index) => current.blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE],
    ensure: (first, last) => {
      wanted.current = { first, last };
      pump();
    },
    reload: () => {
      setAttempt((a) => a + 1);
    },
  };
}
