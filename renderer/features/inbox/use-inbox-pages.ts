// The inbox list reads the database a block of rows at a time, only for the blocks the person
// scrolls to; a new query (filters changed) drops the blocks of the old one, and answers that
// arrive for an old query are ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { isDbFailure } from '../../db/errors';
import { listInbox, type InboxQuery, type InboxRow } from '../../db/inbox';

export const BLOCK_SIZE = 100;

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
  /** Loads the blocks covering rows first..last (inclusive) that are not loaded yet. */
  readonly ensure: (first: number, last: number) => void;
  readonly reload: () => void;
}

export function useInboxPages(db: VerikopDb, base: InboxBase): InboxPages {
  const key = JSON.stringify(base);
  const [state, setState] = useState<PagesState>(() => empty(key));
  const requested = useRef(new Set<string>());
  const [attempt, setAttempt] = useState(0);

  const load = useCallback(
    (block: number) => {
      const id = `${key}#${String(block)}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const query = { ...(JSON.parse(key) as InboxBase), offset: block * BLOCK_SIZE, limit: BLOCK_SIZE };
      listInbox(db, query).then(
        (page) => {
          setState((s) => (s.key === key ? { ...s, total: page.total, blocks: new Map(s.blocks).set(block, page.rows), error: undefined } : s));
        },
        (e: unknown) => {
          requested.current.delete(id);
          const message = isDbFailure(e) || e instanceof Error ? e.message : String(e);
          setState((s) => (s.key === key ? { ...s, error: message } : s));
        },
      );
    },
    [db, key],
  );

  useEffect(() => {
    requested.current.clear();
    setState(empty(key));
    load(0);
  }, [key, load, attempt]);

  const current = state.key === key ? state : empty(key);
  return {
    total: current.total,
    error: current.error,
    rowAt: (index) => current.blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE],
    ensure: (first, last) => {
      for (let b = Math.floor(first / BLOCK_SIZE); b <= Math.floor(last / BLOCK_SIZE); b++) if (!current.blocks.has(b)) load(b);
    },
    reload: () => {
      setAttempt((a) => a + 1);
    },
  };
}
