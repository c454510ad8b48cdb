// The findings of one file as the verifier edits them: loaded from the database, overlaid with
// anything the autosave journal still holds from a visit that ended before its save, edited in
// memory and saved through the autosaver. Leaving the screen or the window flushes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { requirementIds, type RequirementId } from '../../../common/domain';
import { isDbFailure } from '../../db/errors';
import { listFindings, findingContent, saveFinding } from '../../db/findings';
import { findingDraftSchema, type FindingDraft } from '../../db/model';
import type { Workspace } from '../intake';
import { Autosaver, type SaveState } from './autosave';
import { emptyDraft } from './edit';
import { createJournal, windowStorage } from './journal';
import { ensureInVerification } from './verification-state';

export const AUTOSAVE_DELAY_MS = 500;

export type Drafts = ReadonlyMap<RequirementId, FindingDraft>;

export interface FindingDrafts {
  readonly status: 'loading' | 'ready' | 'error';
  readonly loadError?: string;
  readonly drafts: Drafts;
  readonly saveState: SaveState;
  readonly update: (requirement: RequirementId, edit: (draft: FindingDraft) => FindingDraft) => void;
  readonly flush: () => Promise<void>;
}

export const describeSaveError = (e: unknown): string => (isDbFailure(e) || e instanceof Error ? e.message : String(e));

const isRequirement = (key: string): key is RequirementId => (requirementIds as readonly string[]).includes(key);

function initialDrafts(applicationId: string): Map<RequirementId, FindingDraft> {
  return new Map(requirementIds.map((r) => [r, emptyDraft(applicationId, r)]));
}

export function useFindingDrafts(workspace: Workspace, applicationId: string, editable: boolean): FindingDrafts {
  const { db, user } = workspace;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [status, setStatus] = useState<{ s: 'loading' | 'ready' | 'error'; error?: string }>({ s: 'loading' });
  const [drafts, setDrafts] = useState<Drafts>(() => initialDrafts(applicationId));
  const current = useRef<Map<RequirementId, FindingDraft>>(initialDrafts(applicationId));
  const [saver] = useState(
    () =>
      new Autosaver<FindingDraft>({
        delayMs: AUTOSAVE_DELAY_MS,
        journal: createJournal<FindingDraft>(windowStorage(), `finding:${applicationId}`),
        describeError: describeSaveError,
        onState: setSaveState,
        save: async (_key, draft) => {
          await ensureInVerification(db, user, applicationId);
          await saveFinding(db, user, draft);
        },
      }),
  );

  const apply = useCallback(
    (draft: FindingDraft, save: boolean) => {
      current.current = new Map(current.current).set(draft.requirement, draft);
      setDrafts(current.current);
      if (save) saver.change(draft.requirement, draft);
    },
    [saver],
  );

  useEffect(() => {
    let live = true;
    listFindings(db, applicationId).then(
      (rows) => {
        if (!live) return;
        for (const row of rows) apply(findingContent(row), false);
        // Values typed in a visit that ended before they were saved: saved now.
        for (const [key, value] of createJournal(windowStorage(), `finding:${applicationId}`).entries()) {
          const parsed = findingDraftSchema.safeParse(value);
          if (isRequirement(key) && parsed.success && parsed.data.applicationId === applicationId && editable) apply(parsed.data, true);
        }
        setStatus({ s: 'ready' });
      },
      (e: unknown) => {
        if (live) setStatus({ s: 'error', error: describeSaveError(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [db, applicationId, apply, editable]);

  useEffect(() => {
    const flushNow = (): void => {
      if (saver.dirty) void saver.flush();
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('beforeunload', flushNow);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', flushNow);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
      flushNow();
      saver.dispose();
    };
  }, [saver]);

  const update = useCallback(
    (requirement: RequirementId, edit: (draft: FindingDraft) => FindingDraft) => {
      if (!editable) return;
      const before = current.current.get(requirement) ?? emptyDraft(applicationId, requirement);
      const after = edit(before);
      if (after !== before) apply(after, true);
    },
    [apply, applicationId, editable],
  );

  return {
    status: status.s,
    ...(status.error === undefined ? {} : { loadError: status.error }),
    drafts,
    saveState,
    update,
    flush: () => saver.flush(),
  };
}
