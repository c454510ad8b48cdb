// The signing area behind the contract: certificates in the keystore, signing of vault PDFs, and
// verification. Signed output is a new vault file; the unsigned one stays as it was.
import { Failure, type Handlers } from '../../../common/contract';
import type { signingCalls } from '../../../common/contract/signing';
import type { Vault } from '../vault/vault';
import type { CertificateInbox } from './certificate-inbox';
import type { CertificateIntake } from './intake';
import type { Keystore } from './keystore';
import { signPdf } from './pades';
import type { TrustAnchors } from './trust-anchors';
import { verifyPdf } from './verify';

export interface SigningServiceDeps {
  readonly vault: Vault;
  readonly keystore: Keystore;
  readonly trustAnchors: TrustAnchors;
  readonly intake: CertificateIntake;
  /** The folder a person drops certificates into where the host has no file dialog. */
  readonly certificateInbox: CertificateInbox;
  readonly now?: () => Date;
}

export const signingMessages = {
  notPdf: 'Berkas yang dipilih bukan dokumen PDF.',
} as const;

async function readPdf(vault: Vault, sha256: string): Promise<Uint8Array> {
  const { bytes, mediaType } = await vault.read(sha256);
  if (mediaType !== 'application/pdf') throw new Failure('not_pdf', signingMessages.notPdf);
  return bytes;
}

export function signingHandlers(deps: SigningServiceDeps): Handlers<typeof signingCalls> {
  const now = deps.now ?? (() => new Date());
  return {
    'signing.chooseCertificateFile': async () => {
      const choice = await deps.intake.choose();
      return choice === undefined ? { chosen: false as const } : { chosen: true as const, ...choice };
    },
    'signing.listCertificateInbox': async () => ({
      folder: deps.certificateInbox.dir,
      entries: await deps.certificateInbox.list(),
    }),
    'signing.chooseCertificateFromInbox': async ({ name }) => {
      const file = await deps.certificateInbox.read(name);
      return { token: deps.intake.stage(file), fileName: file.fileName };
    },
    'signing.importCertificate': async ({ token, passphrase }) => {
      const staged = deps.intake.get(token);
      const summary = await deps.keystore.importP12(staged.bytes, passphrase);
      deps.intake.forget(token);
      return summary;
    },
    'signing.listCertificates': () => deps.keystore.list(),
    'signing.removeCertificate': async ({ certificateId }) => ({ removed: await deps.keystore.remove(certificateId) }),
    'signing.sign': async ({ documentSha256, certificateId, passphrase, field, reason, location }) => {
      const pdf = await readPdf(deps.vault, documentSha256);
      // PDF dates (/M) have whole seconds; the answer says exactly what the file says.
      const signedAt = new Date(Math.floor(now().getTime() / 1000) * 1000);
      const signer = await deps.keystore.open(certificateId, passphrase, signedAt);
      const signed = await signPdf(pdf, signer, { field, reason, location, signedAt });
      // The unsigned file and the increment, written one after the other: no 20 MB join in memory.
      const stored = await deps.vault.put(signed.parts, { mediaType: 'application/pdf' });
      return { sha256: stored.sha256, field, signedAt: signedAt.toISOString() };
    },
    'signing.verify': async ({ sha256 }) => {
      const pdf = await readPdf(deps.vault, sha256);
      const report = await verifyPdf(pdf, await deps.trustAnchors.load());
      return {
        signatures: report.signatures.map((s) => ({ ...s, byteRange: [...s.byteRange], problems: [...s.problems] })),
        unsignedFields: [...report.unsignedFields],
      };
    },
  };
}
