// The signing area's public surface: what the composition root, the documents generator, the
// demo setup and the samples command use.
import type { Handlers } from '../../../common/contract';
import type { signingCalls } from '../../../common/contract/signing';
import type { Vault } from '../vault/vault';
import { CertificateInbox, certificateInboxFor } from './certificate-inbox';
import { CertificateIntake, type FileChooser } from './intake';
import { Keystore } from './keystore';
import { signingHandlers } from './service';
import { TrustAnchors } from './trust-anchors';

export interface SigningAreaOptions {
  readonly dataDir: string;
  readonly vault: Vault;
  /** The host's open-file dialog; absent where there is none (the web host). */
  readonly chooseFile?: FileChooser;
  /** Folder of certificate files to import by name; default `<dataDir>/certificates-inbox`. */
  readonly certificateInbox?: string;
}

export function createSigningHandlers(options: SigningAreaOptions): Handlers<typeof signingCalls> {
  return signingHandlers({
    vault: options.vault,
    keystore: Keystore.forDataDir(options.dataDir),
    trustAnchors: TrustAnchors.forDataDir(options.dataDir),
    intake: new CertificateIntake(options.chooseFile),
    certificateInbox: new CertificateInbox(options.certificateInbox ?? certificateInboxFor(options.dataDir)),
  });
}

export { CertificateInbox, certificateInboxFor } from './certificate-inbox';
export { DEMO_CA_NAME, DemoCa, type DemoSignerIdentity } from './demo-pki';
export type { FileChooser, FileChooserRequest } from './intake';
export { Keystore } from './keystore';
export { LocalP12Signer } from './p12-signer';
export { joinSigned, signPdf, type PadesOptions, type SignedPdf } from './pades';
export { prepareSignatureField, listSignatureFields, SIGNATURE_FIELD_NAME, type SignatureFieldSpec } from './signature-fields';
export type { Signer, SignerDescription } from './signer';
export { TrustAnchors } from './trust-anchors';
export { verifyPdf, type SignatureReport, type VerificationReport } from './verify';
