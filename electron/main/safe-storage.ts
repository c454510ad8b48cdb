// The operating system's keychain (Electron safeStorage: DPAPI on Windows, libsecret or KWallet
// on Linux) behind the services' SecretStore. Only after `app` is ready.
import { safeStorage } from 'electron';
import type { SecretStore } from '../services/credentials/secret-store';

/**
 * The keychain store, or undefined where it would protect nothing — no encryption at all, or on
 * Linux without a keyring, where Electron falls back to a hard-coded password ('basic_text').
 * The services then use their file-key store, which at least keeps the key out of the token file.
 */
export function osSecretStore(platform: NodeJS.Platform = process.platform): SecretStore | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && !['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'].includes(safeStorage.getSelectedStorageBackend())) {
    return undefined;
  }
  return {
    kind: 'os',
    seal: (plain) => Promise.resolve(new Uint8Array(safeStorage.encryptString(plain))),
    open: (sealed) =>
      new Promise((resolve) => {
        resolve(safeStorage.decryptString(Buffer.from(sealed)));
      }),
  };
}
