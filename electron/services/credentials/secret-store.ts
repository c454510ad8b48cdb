// Where secrets (the server session token) are sealed before they touch the disk. Electron main
// supplies an adapter over the operating system's keychain (electron/main/safe-storage.ts); the
// web host, which has none, uses a file key (file-key-store.ts). Callers never see which.
export interface SecretStore {
  /** `os`: sealed by the operating system's keychain; `file-key`: by a key file in the data folder. */
  readonly kind: 'os' | 'file-key';
  seal(plain: string): Promise<Uint8Array>;
  /** The plain text, or a rejection when the bytes were not sealed by this store or were altered. */
  open(sealed: Uint8Array): Promise<string>;
}
