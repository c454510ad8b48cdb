// The certificate inbox: a folder (by default `<dataDir>/certificates-inbox`) where a person drops
// a .p12/.pfx when the host has no file dialog (the web host), mirroring the packet inbox. The
// renderer may only name one of the folder's direct entries: the name must appear in the folder
// listing as it is, and denote a regular file (not a link) small enough to be a certificate. The
// file is opened without following links and checked again through the open handle, so a file
// swapped for a link between the check and the read is refused too.
import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Failure } from '../../../common/contract';
import type { CertificateInboxEntry } from '../../../common/contract/signing';
import type { StagedFile } from './intake';
import { MAX_P12_BYTES, keystoreMessages } from './keystore';

const CERTIFICATE_FILE = /\.(p12|pfx)$/i;

export const certificateInboxMessages = {
  unknown: (name: string, dir: string) =>
    `Tidak ada berkas sertifikat bernama "${name}" di folder kotak masuk sertifikat (${dir}). Pilih dari daftar, atau letakkan berkas .p12/.pfx di folder itu.`,
  unreadable: (name: string) => `Berkas sertifikat "${name}" tidak dapat dibaca. Periksa izin berkas, atau letakkan salinan baru di folder kotak masuk.`,
  folder: (dir: string) => `Folder kotak masuk sertifikat (${dir}) tidak dapat dibaca atau dibuat. Periksa izin folder data aplikasi.`,
} as const;

/** The default folder under the app's data directory. */
export const certificateInboxFor = (dataDir: string): string => join(dataDir, 'certificates-inbox');

// A name the renderer may use: one path segment, no hidden files, no control characters.
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('.')) return false;
  if (name.includes('/') || name.includes('\\')) return false;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return CERTIFICATE_FILE.test(name);
}

// Reads to the end but never more than one byte past `limit`: a file that grew after the stat
// is refused rather than read whole.
async function readAtMost(handle: fsp.FileHandle, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(limit + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
    if (filled > limit) throw new Failure('certificate_unreadable', keystoreMessages.tooLarge);
  }
  return Uint8Array.from(buffer.subarray(0, filled));
}

export class CertificateInbox {
  constructor(readonly dir: string) {}

  /** The certificate files waiting in the folder, by name; creates the folder on first use. */
  async list(): Promise<CertificateInboxEntry[]> {
    const names = await this.#names();
    const entries: CertificateInboxEntry[] = [];
    for (const name of names) {
      const stat = await fsp.lstat(join(this.dir, name)).catch(() => undefined);
      if (stat?.isFile() === true) entries.push({ name, size: stat.size });
    }
    return entries;
  }

  /** The bytes of the entry called `name`, or a refusal that names the file and the folder. */
  async read(name: string): Promise<StagedFile> {
    if (!(await this.#names()).includes(name)) {
      throw new Failure('certificate_inbox_unknown', certificateInboxMessages.unknown(name, this.dir));
    }
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(join(this.dir, name), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      // A link (ELOOP), a file removed meanwhile, or one we may not read.
      throw new Failure('certificate_inbox_unknown', certificateInboxMessages.unknown(name, this.dir));
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new Failure('certificate_inbox_unknown', certificateInboxMessages.unknown(name, this.dir));
      if (stat.size > MAX_P12_BYTES) throw new Failure('certificate_unreadable', keystoreMessages.tooLarge);
      const bytes = await readAtMost(handle, MAX_P12_BYTES);
      return { fileName: name, bytes };
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure('certificate_unreadable', certificateInboxMessages.unreadable(name));
    } finally {
      await handle.close();
    }
  }

  async #names(): Promise<string[]> {
    try {
      await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
      const names = await fsp.readdir(this.dir);
      return names.filter(isPlainName).sort((a, b) => a.localeCompare(b, 'id'));
    } catch {
      throw new Failure('certificate_inbox_io', certificateInboxMessages.folder(this.dir));
    }
  }
}
