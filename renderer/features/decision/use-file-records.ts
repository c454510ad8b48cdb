// The records the decision rests on — the findings and the generated documents of one file —
// kept current as they change.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { listDocuments } from '../../db/documents';
import { listFindings } from '../../db/findings';
import type { DocumentRow, FindingRow } from '../../db/rows';

export interface FileRecords {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error?: string;
  readonly findings: readonly FindingRow[];
  readonly documents: readonly DocumentRow[];
}

export function useFileRecords(db: VerikopDb, applicationId: string): FileRecords {
  const [state, setState] = useState<FileRecords>({ status: 'loading', findings: [], documents: [] });
  useEffect(() => {
    const subscription = liveQuery(async () => ({ findings: await listFindings(db, applicationId), documents: await listDocuments(db, applicationId) })).subscribe({
      next: (records) => {
        setState({ status: 'ready', ...records });
      },
      error: (e: unknown) => {
        setState({ status: 'error', error: e instanceof Error ? e.message : String(e), findings: [], documents: [] });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db, applicationId]);
  return state;
}

/** The newest document of a kind, and whether a finding changed after it was made. */
export function latestDocument(records: FileRecords, kind: DocumentRow['kind']): { readonly row: DocumentRow; readonly stale: boolean } | undefined {
  const mine = records.documents.filter((d) => d.kind === kind);
  const row = mine[mine.length - 1];
  if (row === undefined) return undefined;
  return { row, stale: records.findings.some((f) => f.updatedAt > row.attachedAt) };
}
