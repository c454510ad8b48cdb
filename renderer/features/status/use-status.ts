// Everything the status area and status screen show, read once from the stores and the local
// database.
import { useWorkspace } from '../intake';
import { useConnection, type ConnectionState } from '../settings';
import { statusView, type StatusView } from './status-view';
import { enginePhaseTask } from './progress';
import { useShownTasks, useStatusStore } from './store';
import type { ShownTask } from './tasks';
import { useEngine } from './engine';
import { useLocalSync, type LocalSync } from './use-local-sync';
import type { PersistenceResult } from '../../db/storage';

export interface StatusReading {
  readonly view: StatusView;
  readonly connection: ConnectionState;
  readonly local: LocalSync | undefined;
  readonly dbReady: boolean;
  readonly tasks: readonly ShownTask[];
  readonly persistence: PersistenceResult | undefined;
  /** Asks main again and, when an engine is bound, runs a sync round. */
  readonly retry: () => Promise<void>;
}

export function useStatus(): StatusReading {
  const workspace = useWorkspace();
  const db = workspace.status === 'ready' ? workspace.workspace.db : undefined;
  const connection = useConnection();
  const local = useLocalSync(db);
  const running = useShownTasks();
  const persistence = useStatusStore((s) => s.persistence);
  const engine = useEngine();
  const view = statusView(connection, local, engine.state.error);
  const engineTask = engine.state.phase === 'idle' || running.some((t) => t.kind === 'sync') ? [] : [{ ...enginePhaseTask(engine.state.phase), state: 'running' as const }];
  return {
    view,
    connection,
    local,
    dbReady: db !== undefined,
    tasks: [...running, ...engineTask],
    persistence,
    retry: async () => {
      await useConnection.getState().refresh();
      if (engine.syncNow !== undefined) await engine.syncNow();
    },
  };
}
