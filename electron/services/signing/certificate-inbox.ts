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
import { NamedFileFolder, readAtMost } from '../inbox/named-files';
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

export class CertificateInbox {
  readonly #folder: NamedFileFolder;

  constructor(readonly dir: string) {
    this.#folder = new NamedFileFolder(dir, CERTIFICATE_FILE, () => new Failure('certificate_inbox_io', certificateInboxMessages.folder(dir)));
  }

  /** The certificate files waiting in the folder, by name; creates the folder on first use. */
  async list(): Promise<CertificateInboxEntry[]> {
    return (await this.#folder.files()).map(({ name, stat }) => ({ name, size: stat.size }));
  }

  /** The bytes of the entry called `name`, or a refusal that names the file and the folder. */
  async read(name: string): Promise<StagedFile> {
    if (!(await this.#folder.names()).includes(name)) {
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
      const bytes = await readAtMost(handle, MAX_P12_BYTES, () => new Failure('certificate_unreadable', keystoreMessages.tooLarge));
      return { fileName: name, bytes };
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure('certificate_unreadable', certificateInboxMessages.unreadable(name));
    } finally {
      await handle.close();
    }
  }
}
