// Starts the window's sync engine as soon as the workspace database is open, and binds it to the
// status area: from then on sync runs by itself (after sign-in, on changes, on a schedule, when
// main says the server is back) and "Coba lagi" runs a round. The engine is one per window and
// outlives a remount (StrictMode mounts twice); only the status area's binding follows the shell.
import { useEffect } from 'react';
import { useWorkspace } from '../features/intake';
import { bindSyncEngine } from '../features/status';
import { startWindowSync } from '../sync/window';

export function useWindowSync(): void {
  const workspace = useWorkspace();
  const db = workspace.status === 'ready' ? workspace.workspace.db : undefined;
  useEffect(() => (db === undefined ? undefined : bindSyncEngine(startWindowSync(db))), [db]);
}
