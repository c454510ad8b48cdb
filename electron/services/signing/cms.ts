// The CAdES detached signature that goes into a PAdES /Contents (baseline B-B, ETSI EN 319 122):
// SignedData over the PDF's byte ranges with exactly three signed attributes — content-type,
// message-digest and ESS signing-certificate-v2 — and deliberately no signing-time (PAdES puts
// the time in the signature dictionary's /M). Built with pkijs/asn1js; hashing in node:crypto;
// the signature itself comes from a `Signer`, so a remote key works the same way.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
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

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash OCTET STRING,
 *                            issuerSerial SEQUENCE { issuer GeneralNames, serialNumber INTEGER } }
 * It binds the signature to this exact certificate, so a look-alike certificate cannot be swapped in.
 */
function signingCertificateV2(certDer: Uint8Array, cert: pkijs.Certificate): asn1js.Sequence {
  const directoryName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [directoryName] }), new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView })],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(certDer) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
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

function derSortedAttributes(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  return encoded.map((e) => e.a);
}

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
  const certs = chain.map((der) => pkijs.Certificate.fromBER(der));
  const signerCert = certs[0];
  if (signerCert === undefined) throw new Error('Signer has no certificate');

  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: derSortedAttributes([
      new pkijs.Attribute({ type: OIDS.contentType, values: [new asn1js.ObjectIdentifier({ value: OIDS.data })] }),
      new pkijs.Attribute({ type: OIDS.messageDigest, values: [new asn1js.OctetString({ valueHex: contentSha256 })] }),
      new pkijs.Attribute({ type: OIDS.signingCertificateV2, values: [signingCertificateV2(signerDer, signerCert)] }),
    ]),
  });
  // What is signed is the attributes encoded as a universal SET (0x31), not as the [0] field.
  const toSign = new Uint8Array(signedAttrs.toSchema().toBER(false));
  toSign[0] = 0x31;
  const signature = await signer.signSignedAttributes(toSign);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCert.issuer, serialNumber: signerCert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OIDS.sha256 }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OIDS.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OIDS.data }),
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OIDS.sha256 })],
    certificates: certs,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OIDS.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
