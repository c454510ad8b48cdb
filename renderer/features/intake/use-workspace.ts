// The workspace as React state: loading until the database is open, the calendar read and the
// person known, then everything a screen needs to work on files; an error with a retry when
// storage is refused. The person is the one settings knows (signed in, or this device's saved
// profile); before a profile exists, the clearly labelled local profile stands in. Once a real
// person is known, the files imported under a stand-in are handed to them before any screen
// lists files (adopt-files.ts), so the inbox never shows an empty list that fills a moment later.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CalendarDate, WorkingDayCalendar } from '../../../common/domain';
import type { VerikopDb } from '../../db/database';
import { localUserId, useConnection, useCurrentActor, useSettings } from '../settings';
import { adoptStandInFiles, standInsFor, type DeviceProfile } from './adopt-files';
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

/** Hands stand-in files to the person once per person and database; true when done (or nothing to do). */
function useAdoption(db: VerikopDb | undefined, user: CurrentUser | undefined, standIns: readonly string[]): boolean {
  const key = db === undefined || user === undefined ? undefined : `${db.name}|${user.userId}|${standIns.join(',')}`;
  const [done, setDone] = useState<string>();
  useEffect(() => {
    if (db === undefined || user === undefined || key === undefined) return;
    let current = true;
    // A failure here (full disk) must not lock the person out of their work: the files stay
    // where they were and the next start tries again. It is reported, never swallowed.
    void adoptStandInFiles(db, user, standIns)
      .catch((e: unknown) => {
        console.error('Berkas profil lokal gagal dialihkan ke pengguna ini; dicoba lagi saat aplikasi dibuka berikutnya.', e);
        return 0;
      })
      .then(() => {
        if (current) setDone(key);
      });
    return () => {
      current = false;
    };
    // `key` stands for db, user and standIns, which are rebuilt on every render.
  }, [key]);
  return key !== undefined && done === key;
}

export function useWorkspace(): WorkspaceState {
  const { opened, error, retry } = useOpenedDb();
  const actor = useCurrentActor();
  const settings = useSettings();
  // Both must have read the settings database: the stand-ins depend on the saved profile too.
  const user = actor.status === 'loading' || settings.status === 'loading' ? undefined : actor.status === 'ready' ? actor.actor : localProfile;
  const userKey = user === undefined ? '' : `${user.userId}:${user.role}:${user.name}:${String(user.local)}`;
  const accountNip = useConnection((s) => s.status?.user?.nip);
  const deviceProfile: DeviceProfile | undefined =
    settings.status === 'ready' && settings.profile !== undefined ? { userId: localUserId(settings.profile), nip: settings.profile.nip } : undefined;
  const standIns = user === undefined || user === localProfile ? [] : standInsFor({ ...user, nip: user.local ? undefined : accountNip }, deviceProfile);
  const adopted = useAdoption(opened?.db, user, standIns);
  // One object per person and database (keyed by the person's fields, not the object settings
  // rebuilds on each render), so hooks that depend on it do not restart every render.
  const workspace = useMemo(() => (opened === undefined || user === undefined ? undefined : { ...opened, user }), [opened, userKey]);
  if (error !== undefined) return { status: 'error', detail: error, retry };
  return workspace === undefined || !adopted ? { status: 'loading' } : { status: 'ready', workspace };
}
