// Settings and first run: the person on this device, the server connection and sign-in,
// certificates, the letter-number pattern, the UI language. Other features import from here only.
export { SettingsScreen } from './SettingsScreen';
export { FirstRunScreen } from './FirstRunScreen';
export { FirstRunReminder } from './FirstRunReminder';
export { FirstRunChoice } from './FirstRunChoice';
export { settingsPaths } from './paths';
export { actorOf, localUserId, type CurrentActor } from './actor';
export { useCurrentActor, type CurrentActorState } from './use-current-actor';
export { useSettings, type SettingsState } from './use-settings';
export { isOnline, useConnection, useConnectionFeed, type ConnectionState } from './connection';
export { certificateLines, isCurrent as isCertificateCurrent } from './certificate-lines';
