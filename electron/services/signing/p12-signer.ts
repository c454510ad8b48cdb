// A signer whose key is in a PKCS#12 file held by this installation. The file is parsed once
// with node-forge (which reads OpenSSL 3's default AES/PBKDF2 PKCS#12); the key then lives only
// as a node:crypto KeyObject in this process. The passphrase is used for that one parse and is
// never kept, logged or put into an error message.
import { X509Certificate, createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { Failure } from '../../../common/contract';
import { certificateFacts, nipFrom } from './certificate';
import type { Signer, SignerDescription } from './signer';

export const p12Messages = {
  wrongPassphrase: 'Kata sandi sertifikat salah. Periksa kembali kata sandi berkas .p12 Anda.',
  unreadable: 'Berkas sertifikat tidak dapat dibaca sebagai PKCS#12 (.p12/.pfx). Pastikan berkasnya utuh.',
  noKey: 'Berkas sertifikat tidak berisi kunci privat. Minta berkas .p12 lengkap dari penerbit sertifikat.',
  noMatchingCertificate: 'Berkas sertifikat tidak berisi sertifikat yang cocok dengan kunci privatnya.',
  notRsa: 'Kunci pada berkas sertifikat bukan RSA. Verikop hanya mendukung kunci RSA (seperti sertifikat BSrE).',
} as const;

interface Unpacked {
  readonly keyDers: Uint8Array[];
  readonly certDers: Uint8Array[];
}

const toBytes = (binary: string): Uint8Array => Uint8Array.from(Buffer.from(binary, 'binary'));

function unpack(p12: Uint8Array, passphrase: string): Unpacked {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/password/i.test(text)) throw new Failure('wrong_passphrase', p12Messages.wrongPassphrase);
    throw new Failure('certificate_unreadable', p12Messages.unreadable);
  }
  const keyDers: Uint8Array[] = [];
  const certDers: Uint8Array[] = [];
  for (const content of parsed.safeContents) {
    // forge's types claim `asn1` is always set; at run time it is set only for bags forge could not model.
    for (const bag of content.safeBags as readonly (Omit<forge.pkcs12.Bag, 'asn1'> & { asn1?: forge.asn1.Asn1 })[]) {
      if (bag.key) {
        const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key));
        keyDers.push(toBytes(forge.asn1.toDer(info).getBytes()));
      } else if (bag.cert) {
        certDers.push(toBytes(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes()));
      } else if (bag.asn1 && bag.type !== forge.pki.oids.certBag) {
        // A key forge cannot model (EC, EdDSA): still a PrivateKeyInfo we can hand to node:crypto.
        keyDers.push(toBytes(forge.asn1.toDer(bag.asn1).getBytes()));
      }
    }
  }
  return { keyDers, certDers };
}

const spki = (key: KeyObject): string =>
  (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' }).toString('hex');

/** Orders the certificates as signer → issuer → … as far as the file links them. */
function chainFrom(signer: X509Certificate, pool: readonly X509Certificate[]): X509Certificate[] {
  const chain = [signer];
  let current = signer;
  for (;;) {
    const issuer = pool.find((c) => !chain.includes(c) && current.checkIssued(c) && current.verify(c.publicKey));
    if (issuer === undefined) return chain;
    chain.push(issuer);
    current = issuer;
  }
}

export class LocalP12Signer implements Signer {
  readonly #key: KeyObject;
  readonly #chain: readonly Uint8Array[];
  readonly #description: SignerDescription;

  private constructor(key: KeyObject, chain: readonly Uint8Array[]) {
    this.#key = key;
    this.#chain = chain;
    const signerDer = chain[0];
    if (signerDer === undefined) throw new Failure('certificate_unreadable', p12Messages.noMatchingCertificate);
    const facts = certificateFacts(signerDer);
    this.#description = {
      kind: 'local-p12',
      signerName: facts.subject.commonName,
      signerNip: nipFrom(facts.subject.serialNumber),
      issuerName: facts.issuer.commonName,
      certificateSha256: facts.sha256,
    };
  }

  /** Opens a .p12 with its passphrase; throws a Failure a person can act on. */
  static open(p12: Uint8Array, passphrase: string): LocalP12Signer {
    const { keyDers, certDers } = unpack(p12, passphrase);
    const keyDer = keyDers[0];
    if (keyDer === undefined) throw new Failure('certificate_no_key', p12Messages.noKey);
    const key = createPrivateKey({ key: Buffer.from(keyDer), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'rsa') throw new Failure('certificate_unsupported', p12Messages.notRsa);
    const certs = certDers.map((der) => new X509Certificate(der));
    const own = spki(key);
    const signerCert = certs.find((c) => spki(c.publicKey) === own);
    if (signerCert === undefined) throw new Failure('certificate_unreadable', p12Messages.noMatchingCertificate);
    const chain = chainFrom(signerCert, certs).map((c) => Uint8Array.from(c.raw));
    return new LocalP12Signer(key, chain);
  }

  certificateChain(): Promise<readonly Uint8Array[]> {
    return Promise.resolve(this.#chain);
  }

  signSignedAttributes(der: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      cryptoSign('sha256', der, this.#key, (error, signature) => {
        if (error) reject(error);
        else resolve(Uint8Array.from(signature));
      });
    });
  }

  describe(): SignerDescription {
    return this.#description;
  }
}
