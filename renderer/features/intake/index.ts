// Intake — bringing application packets into this device — and the workspace every verifier
// screen stands on (local database, current user, calendar, today, screen addresses). Other
// features import from here only.
export { IntakeScreen } from './IntakeScreen';
export { ProfileNote } from './ProfileNote';
export { workspacePaths } from '../../app/paths';
export { WorkspaceGate } from './WorkspaceGate';
export { useWorkspace, type Workspace } from './use-workspace';
export { localProfile, today, type CurrentUser } from './workspace';
