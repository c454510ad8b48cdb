// Credentials of this installation: secrets sealed before they touch the disk.
export type { SecretStore } from './secret-store';
export { FileKeySecretStore } from './file-key-store';
export { SessionStore, type SessionLoad, type StoredSession } from './session-store';
