// The file's workflow history (submissions, returns, approvals), kept current.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import type { ApprovalRow } from '../../db/rows';
import { listApprovals } from '../../db/workflow';

export function useHistory(db: VerikopDb, applicationId: string): readonly ApprovalRow[] {
  const [rows, setRows] = useState<readonly ApprovalRow[]>([]);
  useEffect(() => {
    const subscription = liveQuery(() => listApprovals(db, applicationId)).subscribe({
      next: setRows,
      // A history that cannot be read leaves the list empty; the file itself still opens.
      error: () => {
        setRows([]);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db, applicationId]);
  return rows;
}
