// The workspace as React state: loading until the database is open and the calendar read, then
// everything a screen needs to work on files; an error with a retry when storage is refused.
import { useCallback, useEffect, useState } from 'react';
import type { CalendarDate, WorkingDayCalendar } from '../../../common/domain';
import type { VerikopDb } from '../../db/database';
import { currentUser, localDb, today, workingCalendar, type CurrentUser } from './workspace';

export interface Workspace {
  readonly db: VerikopDb;
  readonly user: CurrentUser;
  readonly calendar: WorkingDayCalendar;
  readonly today: CalendarDate;
}

export type WorkspaceState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly workspace: Workspace }
  | { readonly status: 'error'; readonly detail: string; readonly retry: () => void };

export function useWorkspace(): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setAttempt((a) => a + 1);
  }, []);

  useEffect(() => {
    let current = true;
    const open = async (): Promise<Workspace> => {
      const db = await localDb();
      return { db, user: currentUser(), calendar: await workingCalendar(db), today: today() };
    };
    open().then(
      (workspace) => {
        if (current) setState({ status: 'ready', workspace });
      },
      (e: unknown) => {
        if (current) setState({ status: 'error', detail: e instanceof Error ? e.message : String(e), retry });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt, retry]);

  return state;
}
