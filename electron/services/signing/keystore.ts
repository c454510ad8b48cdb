// The signing certificates held by this installation, under `<dataDir>/keystore/`: each .p12
// stored exactly as the CA issued it (it is already protected by its passphrase, which we never
// keep), next to a JSON file with what people need to choose it (subject, issuer, validity,
// fingerprint). Import opens the file once to prove the passphrase and read those facts.
import { randomUUID } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Failure } from '../../../common/contract';
import { certificateSummarySchema, type CertificateSummary } from '../../../common/contract/signing';
import { certificateFacts, nipFrom } from './certificate';
import { LocalP12Signer } from './p12-signer';

/** PKCS#12 files from a CA are a few kilobytes; anything this large is not one. */
export const MAX_P12_BYTES = 256 * 1024;

export const keystoreMessages = {
  tooLarge: 'Berkas terlalu besar untuk sebuah sertifikat .p12/.pfx.',
  expired: (validTo: string) => `Sertifikat sudah tidak berlaku sejak ${validTo.slice(0, 10)}. Minta sertifikat baru ke penerbitnya.`,
  notYetValid: (validFrom: string) => `Sertifikat baru berlaku mulai ${validFrom.slice(0, 10)}.`,
  notFound: 'Sertifikat tidak ditemukan di penyimpanan kunci perangkat ini. Impor ulang berkas .p12 Anda.',
  io: (dir: string) => `Penyimpanan kunci (${dir}) tidak dapat dibaca atau ditulisi. Periksa izin folder data aplikasi.`,
} as const;

const ID = /^[0-9a-f]{64}$/;

async function writeAtomic(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dir, `.${name}.${randomUUID()}.tmp`);
  const handle = await fsp.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tmp, join(dir, name));
}

export class Keystore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static forDataDir(dataDir: string, now?: () => Date): Keystore {
    return new Keystore(join(dataDir, 'keystore'), now);
  }

  /** Checks the passphrase by opening the file, then stores it; the same certificate twice is one entry. */
  async importP12(p12: Uint8Array, passphrase: string): Promise<CertificateSummary> {
    if (p12.length > MAX_P12_BYTES) throw new Failure('certificate_unreadable', keystoreMessages.tooLarge);
    const signer = LocalP12Signer.open(p12, passphrase);
    const [signerDer] = await signer.certificateChain();
    if (signerDer === undefined) throw new Failure('certificate_unreadable', keystoreMessages.notFound);
    const facts = certificateFacts(signerDer);
    if (new Date(facts.validTo) < this.now()) throw new Failure('certificate_expired', keystoreMessages.expired(facts.validTo));
    const summary: CertificateSummary = {
      id: facts.sha256,
      kind: 'local-p12',
      subjectName: facts.subject.commonName,
      nip: nipFrom(facts.subject.serialNumber),
      subject: facts.subject.text,
      issuerName: facts.issuer.commonName,
      issuer: facts.issuer.text,
      serialNumber: facts.serialNumberHex,
      validFrom: facts.validFrom,
      validTo: facts.validTo,
      keyDescription: facts.publicKeyDescription,
      importedAt: this.now().toISOString(),
    };
    await this.#io(async () => {
      await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
      // The key file first: a listed entry (its JSON exists) always has its key.
      await writeAtomic(this.dir, `${summary.id}.p12`, p12);
      await writeAtomic(this.dir, `${summary.id}.json`, Buffer.from(JSON.stringify(summary, null, 2)));
    });
    return summary;
  }

  async list(): Promise<CertificateSummary[]> {
    const names = await this.#io(async () => {
      try {
        return await fsp.readdir(this.dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    });
    const entries: CertificateSummary[] = [];
    for (const name of names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).sort()) {
      // A damaged metadata file hides that one entry; it must not hide the others.
      const entry = await this.#readSummary(name);
      if (entry !== undefined) entries.push(entry);
    }
    return entries.sort((a, b) => a.subjectName.localeCompare(b.subjectName, 'id'));
  }

  async get(id: string): Promise<CertificateSummary> {
    const found = ID.test(id) ? (await this.list()).find((c) => c.id === id) : undefined;
    if (found === undefined) throw new Failure('certificate_not_found', keystoreMessages.notFound);
    return found;
  }

  async remove(id: string): Promise<boolean> {
    if (!ID.test(id)) return false;
    return this.#io(async () => {
      const existed = await fsp.rm(join(this.dir, `${id}.json`)).then(
        () => true,
        (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
          throw error;
        },
      );
      await fsp.rm(join(this.dir, `${id}.p12`), { force: true });
      return existed;
    });
  }

  /**
   * Opens a stored certificate for signing at `at`. The passphrase is used for this parse only;
   * the returned signer lives as long as the caller keeps it (one signing).
   */
  async open(id: string, passphrase: string, at: Date): Promise<LocalP12Signer> {
    const summary = await this.get(id);
    if (new Date(summary.validTo) < at) throw new Failure('certificate_expired', keystoreMessages.expired(summary.validTo));
    if (new Date(summary.validFrom) > at) throw new Failure('certificate_not_yet_valid', keystoreMessages.notYetValid(summary.validFrom));
    const p12 = await this.#io(() => fsp.readFile(join(this.dir, `${id}.p12`)));
    return LocalP12Signer.open(p12, passphrase);
  }

  async #readSummary(name: string): Promise<CertificateSummary | undefined> {
    try {
      const parsed = certificateSummarySchema.safeParse(JSON.parse(await fsp.readFile(join(this.dir, name), 'utf8')));
      return parsed.success && `${parsed.data.id}.json` === name ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async #io<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure('keystore_io', keystoreMessages.io(this.dir));
    }
  }
}
