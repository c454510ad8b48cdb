// The records a review rests on — findings, generated and signed documents, the verifier's
// stated reason — kept current as they change (a pull, or this supervisor's own signing).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { listDocuments } from '../../db/documents';
import { getDraft } from '../../db/drafts';
import { listFindings } from '../../db/findings';
import type { DocumentRow, FindingRow } from '../../db/rows';

export interface ReviewRecords {
  readonly findings: readonly FindingRow[];
  readonly documents: readonly DocumentRow[];
  readonly reason: string;
}

export type ReviewRecordsState = { readonly status: 'loading' } | { readonly status: 'error'; readonly message: string } | ({ readonly status: 'ready' } & ReviewRecords);

export function useReviewRecords(db: VerikopDb, applicationId: string): ReviewRecordsState {
  const [state, setState] = useState<ReviewRecordsState>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(async () => ({
      findings: await listFindings(db, applicationId),
      documents: await listDocuments(db, applicationId),
      reason: (await getDraft(db, applicationId))?.reason ?? '',
    })).subscribe({
      next: (records) => {
        setState({ status: 'ready', ...records });
      },
      error: (e: unknown) => {
        setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db, applicationId]);
  return state;
}
