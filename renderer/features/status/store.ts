// What the status area shows besides the connection: the running tasks (from main's progress
// events) and whether the browser keeps this device's data for good. UI state only (zustand);
// nothing here is persisted.
import { useEffect } from 'react';
import { create } from 'zustand';
import { requestPersistentStorage, type PersistenceResult } from '../../db/storage';
import { api } from '../../platform/api';
import { useConnectionFeed } from '../settings';
import { documentsProgress, importProgress, syncProgress, type TaskKind, type TaskProgress } from './progress';

/** A task that reports nothing for this long has ended without saying so (e.g. a failed import). */
const STALE_AFTER_MS = 15_000;

interface StatusStore {
  readonly tasks: Partial<Record<TaskKind, TaskProgress>>;
  readonly persistence: PersistenceResult | undefined;
  readonly report: (task: TaskProgress) => void;
  readonly end: (kind: TaskKind) => void;
  readonly setPersistence: (result: PersistenceResult) => void;
}

export const useStatusStore = create<StatusStore>((set) => ({
  tasks: {},
  persistence: undefined,
  report: (task) => {
    set((s) => ({ tasks: { ...s.tasks, [task.kind]: task } }));
  },
  end: (kind) => {
    set((s) => ({ tasks: Object.fromEntries(Object.entries(s.tasks).filter(([k]) => k !== kind)) }));
  },
  setPersistence: (persistence) => {
    set({ persistence });
  },
}));

/** The running tasks, in a fixed order. */
export const runningTasks = (tasks: StatusStore['tasks']): TaskProgress[] =>
  (['import', 'documents', 'sync'] as const).flatMap((k) => (tasks[k] === undefined ? [] : [tasks[k]]));

function follow(): () => void {
  const timers = new Map<TaskKind, ReturnType<typeof setTimeout>>();
  const { report, end } = useStatusStore.getState();
  const onProgress = (task: TaskProgress): void => {
    clearTimeout(timers.get(task.kind));
    if (task.finished) {
      end(task.kind);
      return;
    }
    report(task);
    timers.set(task.kind, setTimeout(() => { end(task.kind); }, STALE_AFTER_MS));
  };
  const stops = [
    api.on('packets.importProgress', (p) => { onProgress(importProgress(p)); }),
    api.on('documents.progress', (p) => { onProgress(documentsProgress(p)); }),
    api.on('sync.progress', (p) => { onProgress(syncProgress(p)); }),
  ];
  return () => {
    for (const stop of stops) stop();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}

/**
 * Starts everything the status area follows: the connection, the progress events, and the
 * request for persistent storage (asked once at start; the answer is shown when it is not yes).
 * Mount once, in the shell.
 */
export function useStatusFeeds(): void {
  useConnectionFeed();
  useEffect(() => {
    let current = true;
    void requestPersistentStorage().then((result) => {
      if (current) useStatusStore.getState().setPersistence(result);
    });
    const stop = follow();
    return () => {
      current = false;
      stop();
    };
  }, []);
}
