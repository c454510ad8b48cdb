// safeStorage cannot run without Electron: a stand-in that tags what it seals shows which
// backends are accepted and that sealing round-trips through the adapter.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = { available: true, backend: 'gnome_libsecret' };
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('sealed:'.length);
    },
  },
}));

const { osSecretStore } = await import('./safe-storage');

beforeEach(() => {
  state.available = true;
  state.backend = 'gnome_libsecret';
});

describe('osSecretStore', () => {
  it('seals and opens through the keychain', async () => {
    const store = osSecretStore('linux');
    expect(store?.kind).toBe('os');
    const sealed = await store?.seal('token-123');
    expect(Buffer.from(sealed ?? []).toString()).toBe('sealed:token-123');
    await expect(store?.open(sealed ?? new Uint8Array())).resolves.toBe('token-123');
  });

  it('rejects bytes the keychain cannot open', async () => {
    await expect(osSecretStore('linux')?.open(Buffer.from('!broken'))).rejects.toThrow(/decrypting/);
  });

  it.each(['basic_text', 'unknown'])('declines Linux without a keyring (%s)', (backend) => {
    state.backend = backend;
    expect(osSecretStore('linux')).toBeUndefined();
  });

  it('declines when the OS offers no encryption', () => {
    state.available = false;
    expect(osSecretStore('win32')).toBeUndefined();
  });

  it('accepts Windows DPAPI regardless of the Linux backend name', () => {
    state.backend = 'unknown';
    expect(osSecretStore('win32')?.kind).toBe('os');
  });
});
