// The renderer's sync engine: drains the outbox through main, applies pulled changes, keeps the
// cursor, restores from main's journal what IndexedDB lost. Start one per window:
//   const engine = new SyncEngine({ db, port: apiPort(api) }); await engine.start();
// and bind the UI to `engine.store` (zustand) and `engine.syncNow()`. The app's window does
// this through ./window (startWindowSync), kept out of this index because it reads the bridge.
export { SyncEngine, type EngineOptions } from './engine';
export { apiPort, SyncCallError, type PushItem, type SyncPort } from './port';
export { canReachServer, idleEngineState, type EnginePhase, type EngineState, type EngineStore, type RoundReport } from './store';
export { restoreFromJournal, type RestoreReport } from './restore';
