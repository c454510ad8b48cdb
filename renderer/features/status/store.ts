// What the status area shows besides the connection: the work main reports by progress events
// (see tasks.ts for when a line ends) and whether the browser keeps this device's data for good.
// UI state only (zustand); nothing here is persisted.
import { useEffect, useRef } from 'react';
import { create, useStore } from 'zustand';
import { requestPersistentStorage, type PersistenceResult } from '../../db/storage';
import { api } from '../../platform/api';
import { isOnline, useConnection, useConnectionFeed } from '../settings';
import { useEngine } from './engine';
import { documentsProgress, importProgress, syncProgress } from './progress';
import { createTaskBoard, shownTasks, type ShownTask } from './tasks';

interface StatusStore {
  readonly persistence: PersistenceResult | undefined;
  readonly setPersistence: (result: PersistenceResult) => void;
}

export const useStatusStore = create<StatusStore>((set) => ({
  persistence: undefined,
  setPersistence: (persistence) => {
    set({ persistence });
  },
}));

/** One board per window: the status area is mounted once, in the shell. */
const board = createTaskBoard();

/** The tasks to show, in a fixed order. */
export function useShownTasks(): ShownTask[] {
  return shownTasks(useStore(board.store));
}

function follow(): () => void {
  const stops = [
    api.on('packets.importProgress', (p) => { board.report(importProgress(p)); }),
    api.on('documents.progress', (p) => { board.report(documentsProgress(p)); }),
    api.on('sync.progress', (p) => { board.report(syncProgress(p)); }),
  ];
  return () => {
    for (const stop of stops) stop();
    board.dispose();
  };
}

/**
 * Sync work that main stops reporting because the device went offline, or because the engine
 * left its phase (a failed prefetch is dropped there), is said to have stopped instead of
 * spinning on.
 */
function useSyncStops(): void {
  const online = useConnection(isOnline);
  const phase = useEngine().state.phase;
  const previous = useRef(phase);
  useEffect(() => {
    if (!online) board.stop('sync', true);
  }, [online]);
  useEffect(() => {
    if (phase === 'idle' && previous.current !== 'idle') board.stop('sync', false);
    previous.current = phase;
  }, [phase]);
}

/**
 * Starts everything the status area follows: the connection, the progress events, and the
 * request for persistent storage (asked once at start; the answer is shown when it is not yes).
 * Mount once, in the shell.
 */
export function useStatusFeeds(): void {
  useConnectionFeed();
  useSyncStops();
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
