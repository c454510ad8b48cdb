// The approval queue, kept current: files waiting for approval or signature (or, on request,
// those already signed), most urgent first, each with the submission it waits on. Queues span
// every verifier, so no assignee narrows the inbox query.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { WorkflowState } from '../../../common/domain';
import type { VerikopDb } from '../../db/database';
import { listInbox, type InboxRow } from '../../db/inbox';
import { listApprovals } from '../../db/workflow';
import { latestSubmission, type Submission } from './review-model';

export type QueueFilter = 'waiting' | 'signed';

export const queueStates: Readonly<Record<QueueFilter, readonly WorkflowState[]>> = {
  waiting: ['awaiting_approval', 'approved'],
  signed: ['signed', 'delivered'],
};

/** A supervisor's queue is tens of files; past this the list says how many are not shown. */
export const QUEUE_LIMIT = 200;

export interface QueueItem {
  readonly row: InboxRow;
  readonly submission: Submission | undefined;
}

export type QueueState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly items: readonly QueueItem[]; readonly total: number };

/** One read transaction, so the list and each file's history are read as of the same moment. */
function readQueue(db: VerikopDb, filter: QueueFilter): Promise<{ items: QueueItem[]; total: number }> {
  return db.transaction('r', [db.applications, db.approvals, db.outbox], async () => {
    const page = await listInbox(db, { states: queueStates[filter], sort: 'deadline-asc', limit: QUEUE_LIMIT });
    const items: QueueItem[] = [];
    for (const row of page.rows) items.push({ row, submission: latestSubmission(await listApprovals(db, row.id)) });
    return { items, total: page.total };
  });
}

export function useQueue(db: VerikopDb, filter: QueueFilter): QueueState {
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    const subscription = liveQuery(() => readQueue(db, filter)).subscribe({
      next: (queue) => {
        setState({ status: 'ready', ...queue });
      },
      error: (e: unknown) => {
        setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db, filter]);
  return state;
}
