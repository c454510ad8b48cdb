// A demonstration certificate chain made on the fly: a demo CA and signer certificates for demo
// verifiers and supervisors, packed as PKCS#12 files like the ones a real CA hands out. Built
// with node:crypto (keys) and node-forge (certificates, PKCS#12) so it works on any laptop
// without the openssl command. Certificates say plainly that they are for demonstration only.
import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

export const DEMO_CA_NAME = 'Verikop Demo CA';
const DEMO_ORGANIZATION = 'Verikop - DEMONSTRASI, TIDAK SAH UNTUK DINAS';

export interface DemoSignerIdentity {
  readonly commonName: string;
  /** 18-digit NIP, stored in the subject serialNumber as civil-servant CAs do. */
  readonly nip: string;
  readonly organization?: string;
}

export interface IssuedDemoSigner {
  readonly p12: Uint8Array;
  readonly certificateDer: Uint8Array;
}

const toForgeKey = (key: KeyObject): forge.pki.rsa.PrivateKey =>
  forge.pki.privateKeyFromPem(key.export({ type: 'pkcs1', format: 'pem' }).toString());
const toForgePublic = (key: KeyObject): forge.pki.rsa.PublicKey =>
  forge.pki.publicKeyFromPem(createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString());
const derOf = (cert: forge.pki.Certificate): Uint8Array =>
  Uint8Array.from(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'));

// A positive 16-byte serial: the top bit cleared so the DER INTEGER is not negative.
function serialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

const rsaKey = (): KeyObject => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

function newCertificate(key: KeyObject, notBefore: Date, years: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = toForgePublic(key);
  cert.serialNumber = serialHex();
  cert.validity.notBefore = notBefore;
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
  cert.validity.notAfter = notAfter;
  return cert;
}

export class DemoCa {
  readonly certificateDer: Uint8Array;
  readonly #key: forge.pki.rsa.PrivateKey;
  readonly #cert: forge.pki.Certificate;

  private constructor(key: forge.pki.rsa.PrivateKey, cert: forge.pki.Certificate) {
    this.#key = key;
    this.#cert = cert;
    this.certificateDer = derOf(cert);
  }

  /** A fresh CA, valid from an hour before `now` for ten years. */
  static create(now: Date = new Date()): DemoCa {
    const key = rsaKey();
    const cert = newCertificate(key, new Date(now.getTime() - 3_600_000), 10);
    const name = [
      { name: 'commonName', value: DEMO_CA_NAME },
      { name: 'organizationName', value: DEMO_ORGANIZATION },
      { name: 'countryName', value: 'ID' },
    ];
    cert.setSubject(name);
    cert.setIssuer(name);
    cert.setExtensions([
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ]);
    const forgeKey = toForgeKey(key);
    cert.sign(forgeKey, forge.md.sha256.create());
    return new DemoCa(forgeKey, cert);
  }

  get certificatePem(): string {
    return forge.pki.certificateToPem(this.#cert);
  }

  /** A signer certificate and its key, packed with the CA certificate into a .p12. */
  issueSigner(identity: DemoSignerIdentity, passphrase: string, now: Date = new Date()): IssuedDemoSigner {
    const key = rsaKey();
    const cert = newCertificate(key, new Date(now.getTime() - 3_600_000), 2);
    cert.setSubject([
      { name: 'commonName', value: identity.commonName },
      { type: '2.5.4.5', value: identity.nip },
      { name: 'organizationName', value: identity.organization ?? DEMO_ORGANIZATION },
      { name: 'countryName', value: 'ID' },
    ]);
    cert.setIssuer(this.#cert.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: this.#cert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    cert.sign(this.#key, forge.md.sha256.create());
    const p12Asn1 = forge.pkcs12.toPkcs12Asn1(toForgeKey(key), [cert, this.#cert], passphrase, {
      algorithm: 'aes256',
      friendlyName: identity.commonName,
      generateLocalKeyId: true,
    });
    const p12 = Uint8Array.from(Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary'));
    return { p12, certificateDer: derOf(cert) };
  }
}
