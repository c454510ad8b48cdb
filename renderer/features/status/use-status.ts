// Everything the status area and status screen show, read once from the stores and the local
// database.
import { useWorkspace } from '../intake';
import { useConnection, type ConnectionState } from '../settings';
import type { TaskProgress } from './progress';
import { statusView, type StatusView } from './status-view';
import { runningTasks, useStatusStore } from './store';
import { useLocalSync, type LocalSync } from './use-local-sync';
import type { PersistenceResult } from '../../db/storage';

export interface StatusReading {
  readonly view: StatusView;
  readonly connection: ConnectionState;
  readonly local: LocalSync | undefined;
  readonly dbReady: boolean;
  readonly tasks: readonly TaskProgress[];
  readonly persistence: PersistenceResult | undefined;
  /** Asks main again; a sync engine's own retry takes over here once it exists. */
  readonly retry: () => Promise<void>;
}

export function useStatus(): StatusReading {
  const workspace = useWorkspace();
  const db = workspace.status === 'ready' ? workspace.workspace.db : undefined;
  const connection = useConnection();
  const local = useLocalSync(db);
  const tasks = useStatusStore((s) => s.tasks);
  const persistence = useStatusStore((s) => s.persistence);
  return {
    view: statusView(connection, local),
    connection,
    local,
    dbReady: db !== undefined,
    tasks: runningTasks(tasks),
    persistence,
    retry: () => useConnection.getState().refresh(),
  };
}
