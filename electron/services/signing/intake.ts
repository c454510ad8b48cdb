// How a certificate file gets from the person to main without the renderer naming a path or
// carrying bytes: main shows the host's file dialog (Electron's, through an adapter, since this
// code must not import electron), reads the chosen file, and hands the renderer only an opaque
// token. The passphrase then comes with `signing.importCertificate`, which may be retried with
// the same token. Tokens expire. A host without a dialog (the web host) stages a file the person
// named in the certificate inbox folder instead (certificate-inbox.ts), and gets the same token.
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { Failure } from '../../../common/contract';
import { MAX_P12_BYTES, keystoreMessages } from './keystore';

export interface FileChooserRequest {
  readonly title: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

/** The host's open-file dialog: the absolute path the person chose, or undefined if cancelled. */
export type FileChooser = (request: FileChooserRequest) => Promise<string | undefined>;

export interface StagedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export const intakeMessages = {
  noDialog:
    'Dialog pemilihan berkas tidak tersedia di tampilan ini. Letakkan berkas .p12/.pfx di folder kotak masuk sertifikat, lalu pilih dari daftar.',
  expired: 'Pilihan berkas sudah kedaluwarsa. Pilih berkas sertifikat lagi.',
  unreadable: 'Berkas yang dipilih tidak dapat dibaca. Pilih berkas .p12/.pfx yang lain.',
} as const;

const TOKEN_LIFETIME_MS = 10 * 60 * 1000;

export class CertificateIntake {
  readonly #staged = new Map<string, StagedFile & { readonly until: number }>();

  constructor(
    private readonly chooser: FileChooser | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Shows the dialog; undefined when the person cancels. */
  async choose(): Promise<{ token: string; fileName: string } | undefined> {
    if (this.chooser === undefined) throw new Failure('unavailable_here', intakeMessages.noDialog);
    const path = await this.chooser({
      title: 'Pilih berkas sertifikat elektronik',
      filters: [{ name: 'Sertifikat PKCS#12', extensions: ['p12', 'pfx'] }],
    });
    if (path === undefined) return undefined;
    const bytes = await readSmallFile(path);
    return { token: this.stage({ fileName: basename(path), bytes }), fileName: basename(path) };
  }

  /** Keeps bytes for a while under a fresh token (also the web host's door for uploads). */
  stage(file: StagedFile): string {
    if (file.bytes.length > MAX_P12_BYTES) throw new Failure('certificate_unreadable', keystoreMessages.tooLarge);
    this.#sweep();
    const token = randomUUID();
    this.#staged.set(token, { ...file, until: this.now() + TOKEN_LIFETIME_MS });
    return token;
  }

  get(token: string): StagedFile {
    this.#sweep();
    const staged = this.#staged.get(token);
    if (staged === undefined) throw new Failure('choice_expired', intakeMessages.expired);
    return staged;
  }

  forget(token: string): void {
    this.#staged.delete(token);
  }

  #sweep(): void {
    const now = this.now();
    for (const [token, file] of this.#staged) if (file.until < now) this.#staged.delete(token);
  }
}

async function readSmallFile(path: string): Promise<Uint8Array> {
  try {
    const stat = await fsp.stat(path);
    if (!stat.isFile()) throw new Failure('certificate_unreadable', intakeMessages.unreadable);
    if (stat.size > MAX_P12_BYTES) throw new Failure('certificate_unreadable', keystoreMessages.tooLarge);
    return await fsp.readFile(path);
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure('certificate_unreadable', intakeMessages.unreadable);
  }
}
