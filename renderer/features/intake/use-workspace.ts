// The workspace as React state: loading until the database is open, the calendar read and the
// person known, then everything a screen needs to work on files; an error with a retry when
// storage is refused. The person is the one settings knows (signed in, or this device's saved
// profile); before a profile exists, the clearly labelled local profile stands in.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CalendarDate, WorkingDayCalendar } from '../../../common/domain';
import type { VerikopDb } from '../../db/database';
import { useCurrentActor } from '../settings';
import { localDb, localProfile, today, workingCalendar, type CurrentUser } from './workspace';

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

type Opened = { readonly db: VerikopDb; readonly calendar: WorkingDayCalendar; readonly today: CalendarDate };

function useOpenedDb(): { readonly opened?: Opened; readonly error?: string; readonly retry: () => void } {
  const [state, setState] = useState<{ opened?: Opened; error?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setAttempt((a) => a + 1);
  }, []);
  useEffect(() => {
    let current = true;
    setState({});
    const open = async (): Promise<Opened> => {
      const db = await localDb();
      return { db, calendar: await workingCalendar(db), today: today() };
    };
    open().then(
      (opened) => {
        if (current) setState({ opened });
      },
      (e: unknown) => {
        if (current) setState({ error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  return { ...state, retry };
}

export function useWorkspace(): WorkspaceState {
  const { opened, error, retry } = useOpenedDb();
  const actor = useCurrentActor();
  const user = actor.status === 'ready' ? actor.actor : actor.status === 'loading' ? undefined : localProfile;
  const userKey = user === undefined ? '' : `${user.userId}:${user.role}:${user.name}:${String(user.local)}`;
  // One object per person and database (keyed by the person's fields, not the object settings
  // rebuilds on each render), so hooks that depend on it do not restart every render.
  const workspace = useMemo(() => (opened === undefined || user === undefined ? undefined : { ...opened, user }), [opened, userKey]);
  if (error !== undefined) return { status: 'error', detail: error, retry };
  return workspace === undefined ? { status: 'loading' } : { status: 'ready', workspace };
}
