// The CAdES detached signature that goes into a PAdES /Contents (baseline B-B, ETSI EN 319 122):
// SignedData over the PDF's byte ranges with exactly three signed attributes — content-type,
// message-digest and ESS signing-certificate-v2 — and deliberately no signing-time (PAdES puts
// the time in the signature dictionary's /M). Written as DER directly; hashing in node:crypto;
// the signature itself comes from a `Signer`, so a remote key works the same way.
import { createHash } from 'node:crypto';
import type { Signer } from './signer';

export const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

const sha256 = (bytes: Uint8Array): Uint8Array => Uint8Array.from(createHash('sha256').update(bytes).digest());

// A few DER building blocks. The structure below is fixed, so it is written out directly rather
// than built through pkijs' object model: that cost more than hashing the PDF when signing
// once in a fresh process (see docs/benchmarks.md). verify.ts still reads signatures with pkijs.

function derLength(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

/** Tag, length, then the parts as the content. */
const tlv = (tag: number, ...parts: readonly Uint8Array[]): Uint8Array => {
  const content = concat(parts);
  return concat([Uint8Array.of(tag), derLength(content.length), content]);
};
const sequence = (...parts: readonly Uint8Array[]): Uint8Array => tlv(0x30, ...parts);
const octetString = (bytes: Uint8Array): Uint8Array => tlv(0x04, bytes);
const smallInteger = (n: number): Uint8Array => tlv(0x02, Uint8Array.of(n));
const NULL = Uint8Array.of(0x05, 0x00);

function objectIdentifier(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out: number[] = [40 * a + b];
  for (const arc of rest) {
    const base128: number[] = [];
    for (let v = arc; ; v = Math.floor(v / 128)) {
      base128.unshift((v % 128) | (base128.length === 0 ? 0 : 0x80));
      if (v < 128) break;
    }
    out.push(...base128);
  }
  return tlv(0x06, Uint8Array.from(out));
}

const algorithm = (oid: string, ...params: readonly Uint8Array[]): Uint8Array => sequence(objectIdentifier(oid), ...params);

interface Tlv {
  readonly tag: number;
  /** Where the element starts (its tag) and ends. */
  readonly start: number;
  readonly end: number;
  /** Where its content starts. */
  readonly content: number;
}

function readTlv(der: Uint8Array, at: number): Tlv {
  const tag = der[at];
  const first = der[at + 1];
  if (tag === undefined || first === undefined) throw new Error('Certificate DER ends early');
  let length = first;
  let content = at + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Error('Unsupported DER length in certificate');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (der[content + i] ?? 0);
    content += count;
  }
  if (content + length > der.length) throw new Error('Certificate DER ends early');
  return { tag, start: at, end: content + length, content };
}

/** The issuer Name and the serialNumber INTEGER of a certificate, as their DER elements. */
function issuerAndSerial(certDer: Uint8Array): { issuer: Uint8Array; serial: Uint8Array } {
  const certificate = readTlv(certDer, 0);
  const tbs = readTlv(certDer, certificate.content);
  let element = readTlv(certDer, tbs.content);
  // [0] EXPLICIT version, present for v2/v3 certificates.
  if (element.tag === 0xa0) element = readTlv(certDer, element.end);
  if (element.tag !== 0x02) throw new Error('Certificate has no serial number where expected');
  const serial = certDer.subarray(element.start, element.end);
  const signatureAlgorithm = readTlv(certDer, element.end);
  const issuer = readTlv(certDer, signatureAlgorithm.end);
  if (issuer.tag !== 0x30) throw new Error('Certificate has no issuer where expected');
  return { issuer: certDer.subarray(issuer.start, issuer.end), serial };
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash OCTET STRING,
 *                            issuerSerial SEQUENCE { issuer GeneralNames, serialNumber INTEGER } }
 * It binds the signature to this exact certificate, so a look-alike certificate cannot be swapped in.
 */
function signingCertificateV2(certDer: Uint8Array, issuer: Uint8Array, serial: Uint8Array): Uint8Array {
  // GeneralNames with one directoryName: [4] EXPLICIT Name.
  const issuerSerial = sequence(sequence(tlv(0xa4, issuer)), serial);
  return sequence(sequence(sequence(octetString(sha256(certDer)), issuerSerial)));
}

// DER orders the members of a SET OF by their encodings; verifiers that re-encode the
// attributes (NSS, used by pdfsig) would otherwise hash different bytes than we signed.
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const attribute = (oid: string, value: Uint8Array): Uint8Array => sequence(objectIdentifier(oid), tlv(0x31, value));

/**
 * Builds the DER ContentInfo(SignedData) for `content` (the PDF's signed byte ranges). `chain`
 * is the signer's chain as already fetched (a remote signer's costs a round trip).
 */
export async function buildCadesDetached(content: Uint8Array, signer: Signer, chain: readonly Uint8Array[]): Promise<Uint8Array> {
  return buildCadesDetachedForDigest(sha256(content), signer, chain);
}

/**
 * The same from the SHA-256 of the content, so a caller can hash the PDF's byte ranges where
 * they lie instead of joining them into one more copy of the file first.
 */
export async function buildCadesDetachedForDigest(contentSha256: Uint8Array, signer: Signer, chain: readonly Uint8Array[]): Promise<Uint8Array> {
  if (contentSha256.length !== 32) throw new Error('A SHA-256 digest has 32 bytes');
  const signerDer = chain[0];
  if (signerDer === undefined) throw new Error('Signer has no certificate');
  const { issuer, serial } = issuerAndSerial(signerDer);

  const attributes = [
    attribute(OIDS.contentType, objectIdentifier(OIDS.data)),
    attribute(OIDS.messageDigest, octetString(contentSha256)),
    attribute(OIDS.signingCertificateV2, signingCertificateV2(signerDer, issuer, serial)),
  ].sort(compareBytes);
  // What is signed is the attributes encoded as a universal SET (0x31); in SignerInfo they are [0] IMPLICIT.
  const signature = await signer.signSignedAttributes(tlv(0x31, ...attributes));

  const signerInfo = sequence(
    smallInteger(1),
    sequence(issuer, serial),
    algorithm(OIDS.sha256),
    tlv(0xa0, ...attributes),
    algorithm(OIDS.sha256WithRsa, NULL),
    octetString(signature),
  );
  const signedData = sequence(
    smallInteger(1),
    tlv(0x31, algorithm(OIDS.sha256)),
    sequence(objectIdentifier(OIDS.data)),
    tlv(0xa0, ...chain),
    tlv(0x31, signerInfo),
  );
  return sequence(objectIdentifier(OIDS.signedData), tlv(0xa0, signedData));
}
