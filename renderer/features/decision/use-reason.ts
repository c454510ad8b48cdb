// The verifier's stated reasons for the recommendation, autosaved like the findings (journal,
// pause, flush on leaving) so that nothing typed is lost.
import { useEffect, useState } from 'react';
import { getDraft, saveDraft } from '../../db/drafts';
import { Autosaver, createJournal, describeSaveError, ensureInVerification, windowStorage, type SaveState } from '../findings';
import type { Workspace } from '../intake';

const KEY = 'reason';

export interface ReasonState {
  readonly loaded: boolean;
  readonly reason: string;
  readonly saveState: SaveState;
  readonly setReason: (reason: string) => void;
  readonly flush: () => Promise<void>;
}

export function useReason(workspace: Workspace, applicationId: string, editable: boolean): ReasonState {
  const { db, user } = workspace;
  const [reason, setLocal] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [journal] = useState(() => createJournal<string>(windowStorage(), `reason:${applicationId}`));
  const [saver] = useState(
    () =>
      new Autosaver<string>({
        delayMs: 500,
        journal,
        describeError: describeSaveError,
        onState: setSaveState,
        save: async (_key, value) => {
          await ensureInVerification(db, user, applicationId);
          await saveDraft(db, user, { applicationId, reason: value });
        },
      }),
  );

  useEffect(() => {
    let live = true;
    void getDraft(db, applicationId).then((row) => {
      if (!live) return;
      const unsaved = journal.entries().find(([key, value]) => key === KEY && typeof value === 'string')?.[1];
      if (typeof unsaved === 'string' && editable) {
        setLocal(unsaved);
        saver.change(KEY, unsaved);
      } else {
        setLocal(row?.reason ?? '');
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [db, applicationId, journal, saver, editable]);

  useEffect(() => {
    const flushNow = (): void => {
      if (saver.dirty) void saver.flush();
    };
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      flushNow();
      saver.dispose();
    };
  }, [saver]);

  return {
    loaded,
    reason,
    saveState,
    setReason: (value) => {
      if (!editable) return;
      setLocal(value);
      saver.change(KEY, value);
    },
    flush: () => saver.flush(),
  };
}
