// The status area (app bar) and its screens: connection, pending work, last sync, conflicts,
// failures with a retry, progress, persistent storage. Other features import from here only.
export { StatusArea } from './StatusArea';
export { StatusScreen } from './StatusScreen';
export { ConflictsScreen } from './ConflictsScreen';
export { statusPaths } from './paths';
export { bindSyncEngine } from './engine';
