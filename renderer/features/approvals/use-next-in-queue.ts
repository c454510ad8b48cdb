// The file after this one in the waiting queue (in the queue's own order), for "N".
import type { VerikopDb } from '../../db/database';
import { useQueue } from './use-queue';

export function useNextInQueue(db: VerikopDb, currentId: string): string | undefined {
  const queue = useQueue(db, 'waiting');
  if (queue.status !== 'ready') return undefined;
  const ids = queue.items.map((i) => i.row.id);
  const here = ids.indexOf(currentId);
  const next = here === -1 ? ids[0] : ids[here + 1];
  return next === currentId ? undefined : next;
}
