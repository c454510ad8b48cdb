// A SecretStore for hosts without an OS keychain (the web host): a random 256-bit key in a file
// readable only by the owner, and AES-256-GCM. It keeps the token out of plain view and out of
// copies of the rest of the data folder; it does not protect against someone who can read the
// key file as this user — the OS keychain adapter does better where there is one.
//
// Sealed layout: version (1 byte) | IV (12) | tag (16) | ciphertext.
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDir, readFileIfPresent, syncDir } from './durable-file';
import type { SecretStore } from './secret-store';

const VERSION = 1;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD = Buffer.from('verikop-secret-v1');

export class FileKeySecretStore implements SecretStore {
  readonly kind = 'file-key';
  #key: Promise<Buffer> | undefined;

  constructor(private readonly keyPath: string) {}

  async seal(plain: string): Promise<Uint8Array> {
    const key = await this.#loadKey(true);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(AAD);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
  }

  async open(sealed: Uint8Array): Promise<string> {
    const bytes = Buffer.from(sealed);
    if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw new Error('Not a sealed secret of this store');
    const key = await this.#loadKey(false);
    const iv = bytes.subarray(1, 1 + IV_BYTES);
    const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(AAD).setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  #loadKey(create: boolean): Promise<Buffer> {
    const existing = this.#key;
    if (existing !== undefined) return existing;
    const loading = this.#readOrCreate(create);
    // A failed load (no key yet, when opening) is not cached: a later seal creates the key.
    this.#key = loading;
    loading.catch(() => {
      this.#key = undefined;
    });
    return loading;
  }

  async #readOrCreate(create: boolean): Promise<Buffer> {
    const found = await readFileIfPresent(this.keyPath);
    if (found !== undefined) {
      if (found.length !== KEY_BYTES) throw new Error('The key file is damaged');
      // Someone widened its access: narrow it again (the key itself cannot be un-read).
      const { mode } = await fsp.stat(this.keyPath);
      if ((mode & 0o077) !== 0) await fsp.chmod(this.keyPath, 0o600);
      return found;
    }
    if (!create) throw new Error('No key file');
    const dir = dirname(this.keyPath);
    await ensureDir(dir);
    // Written whole to a temporary file, then linked into place: link fails when the name exists,
    // so two processes starting at once agree on the first key, and a crash never leaves half a key.
    const tmp = join(dir, `.${randomUUID()}.key`);
    const key = randomBytes(KEY_BYTES);
    const handle = await fsp.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(key);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fsp.link(tmp, this.keyPath);
    } catch (e) {
      if (!(typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST')) throw e;
      return await this.#readOrCreate(false);
    } finally {
      await fsp.rm(tmp, { force: true });
      await syncDir(dir);
    }
    return key;
  }
}
