// Verifying the signatures of a PDF, independently of how it was made: for each signed field,
// whether the signed bytes still hash to the signed digest, whether the signature over the signed
// attributes is cryptographically valid, what it covers, and whether the signer's certificate
// chains to one of the configured trust anchors. `status` follows pdfsig's verdicts so the two
// can be compared; the other fields say more than pdfsig does.
import { X509Certificate, createHash, verify as cryptoVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDict } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { Failure } from '../../../common/contract';
import { nameFacts, nipFrom } from './certificate';
import { OIDS } from './cms';
import { listSignatureFields } from './signature-fields';
import { checkChain } from './trust';

export type SignatureStatus = 'valid' | 'digest_mismatch' | 'invalid' | 'unreadable';

export interface SignatureReport {
  readonly field: string;
  readonly signerName: string | undefined;
  readonly signerNip: string | undefined;
  /** /M of the signature dictionary (ISO), the time the signer claims. */
  readonly signedAt: string | undefined;
  readonly subFilter: string | undefined;
  readonly byteRange: readonly number[];
  readonly coversWholeFile: boolean;
  /** The gap between the two ranges is exactly the /Contents hex string. */
  readonly byteRangeSound: boolean;
  readonly digestValid: boolean;
  readonly signatureValid: boolean;
  /** SubFilter ETSI.CAdES.detached, ESS signing-certificate-v2 naming the signer, no signing-time. */
  readonly padesBaseline: boolean;
  readonly chainTrusted: boolean;
  readonly certificateValidAtSigningTime: boolean;
  readonly status: SignatureStatus;
  /** Indonesian explanations of everything that is not as it should be. */
  readonly problems: readonly string[];
}

export interface VerificationReport {
  readonly signatures: readonly SignatureReport[];
  /** Prepared signature fields nobody has signed yet. */
  readonly unsignedFields: readonly string[];
}

export const verifyMessages = {
  unreadable: 'Dokumen PDF tidak dapat dibaca; berkasnya rusak atau terenkripsi.',
  digest: 'Isi dokumen telah berubah setelah ditandatangani (nilai hash tidak cocok).',
  signature: 'Tanda tangan tidak sah secara kriptografis.',
  cms: 'Data tanda tangan tidak dapat dibaca.',
  byteRange: 'Rentang byte tanda tangan tidak menunjuk tepat pada data tanda tangan.',
  appended: 'Dokumen mendapat tambahan yang tidak ditandatangani setelah tanda tangan terakhir.',
  notPades: 'Tanda tangan tidak memenuhi PAdES baseline B-B.',
} as const;

const HASHES: Record<string, string> = {
  [OIDS.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

interface Extracted {
  readonly byteRange: number[];
  readonly contentsHex: string;
  readonly subFilter: string | undefined;
  readonly signedAt: Date | undefined;
}

function extract(sig: PDFDict): Extracted {
  const range = sig.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
  const byteRange: number[] = [];
  for (let i = 0; i < (range?.size() ?? 0); i += 1) byteRange.push(range?.lookupMaybe(i, PDFNumber)?.asNumber() ?? -1);
  const contents = sig.get(PDFName.of('Contents'));
  const m = sig.get(PDFName.of('M'));
  let signedAt: Date | undefined;
  if (m instanceof PDFString || m instanceof PDFHexString) {
    const parsed = PDFString.of(m.decodeText()).decodeDate();
    signedAt = Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  return {
    byteRange,
    contentsHex: contents instanceof PDFHexString ? contents.asString() : '',
    subFilter: sig.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText(),
    signedAt,
  };
}

function signedBytes(pdf: Uint8Array, br: readonly number[]): Uint8Array | undefined {
  const [a, b, c, d] = br;
  if (br.length !== 4 || a === undefined || b === undefined || c === undefined || d === undefined) return undefined;
  if (a !== 0 || b <= 0 || c < b || d < 0 || c + d > pdf.length) return undefined;
  return Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
}

function gapIsContents(pdf: Uint8Array, br: readonly number[], contentsHex: string): boolean {
  const [, b, c] = br;
  if (b === undefined || c === undefined || c - b < 2) return false;
  if (pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) return false;
  const gap = Buffer.from(pdf.subarray(b + 1, c - 1)).toString('latin1');
  return gap.toLowerCase() === contentsHex.toLowerCase();
}

const sameBytes = (a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean =>
  Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)).equals(Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)));

function attribute(info: pkijs.SignerInfo, oid: string): pkijs.Attribute | undefined {
  return info.signedAttrs?.attributes.find((a) => a.type === oid);
}

/** Whether signing-certificate-v2 names `der` by hash (PAdES binds the certificate this way). */
function essNames(info: pkijs.SignerInfo, der: Uint8Array): boolean {
  const value: unknown = attribute(info, OIDS.signingCertificateV2)?.values[0];
  if (!(value instanceof asn1js.Sequence)) return false;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  const [maybeAlg, maybeHash] = first.valueBlock.value;
  // hashAlgorithm is optional (default SHA-256): the hash is the first OCTET STRING.
  const hash = maybeAlg instanceof asn1js.OctetString ? maybeAlg : maybeHash;
  if (!(hash instanceof asn1js.OctetString)) return false;
  const algorithm = maybeAlg instanceof asn1js.Sequence ? new pkijs.AlgorithmIdentifier({ schema: maybeAlg }).algorithmId : OIDS.sha256;
  const name = HASHES[algorithm];
  return name !== undefined && sameBytes(createHash(name).update(der).digest(), hash.valueBlock.valueHexView);
}

function findSignerCertificate(signed: pkijs.SignedData, info: pkijs.SignerInfo): pkijs.Certificate | undefined {
  if (!(info.sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  const sid = info.sid;
  return signed.certificates?.find(
    (c): c is pkijs.Certificate =>
      c instanceof pkijs.Certificate && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber),
  );
}

interface CmsVerdict {
  readonly digestValid: boolean;
  readonly signatureValid: boolean;
  readonly padesAttributes: boolean;
  readonly signer: X509Certificate | undefined;
  readonly signerCert: pkijs.Certificate | undefined;
  readonly others: X509Certificate[];
}

function checkCms(contentsHex: string, data: Uint8Array): CmsVerdict | undefined {
  const asn1 = asn1js.fromBER(Buffer.from(contentsHex, 'hex'));
  if (asn1.offset === -1) return undefined;
  const content = new pkijs.ContentInfo({ schema: asn1.result });
  if (content.contentType !== OIDS.signedData) return undefined;
  const signed = new pkijs.SignedData({ schema: content.content });
  const info = signed.signerInfos[0];
  if (info === undefined) return undefined;
  const signerCert = findSignerCertificate(signed, info);
  const all = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const x509 = all.map((c) => new X509Certificate(Buffer.from(c.toSchema().toBER(false))));
  const signer = signerCert === undefined ? undefined : x509[all.indexOf(signerCert)];
  const hash = HASHES[info.digestAlgorithm.algorithmId];
  if (hash === undefined || signer === undefined) {
    return { digestValid: false, signatureValid: false, padesAttributes: false, signer, signerCert, others: x509 };
  }
  const digest = createHash(hash).update(data).digest();
  const signature = Buffer.from(info.signature.valueBlock.valueHexView);
  let digestValid: boolean;
  let toVerify: Uint8Array;
  if (info.signedAttrs === undefined) {
    digestValid = true;
    toVerify = data;
  } else {
    const md: unknown = attribute(info, OIDS.messageDigest)?.values[0];
    digestValid = md instanceof asn1js.OctetString && sameBytes(md.valueBlock.valueHexView, digest);
    toVerify = new Uint8Array(info.signedAttrs.encodedValue.slice(0));
    toVerify[0] = 0x31;
  }
  let signatureValid = false;
  try {
    signatureValid = cryptoVerify(hash, toVerify, signer.publicKey, signature);
  } catch {
    signatureValid = false;
  }
  const padesAttributes =
    attribute(info, OIDS.signingTime) === undefined && essNames(info, new Uint8Array(signer.raw));
  return { digestValid, signatureValid, padesAttributes, signer, signerCert, others: x509 };
}

function statusOf(verdict: CmsVerdict | undefined): SignatureStatus {
  if (verdict === undefined) return 'unreadable';
  if (!verdict.digestValid) return 'digest_mismatch';
  return verdict.signatureValid ? 'valid' : 'invalid';
}

function reportFor(pdf: Uint8Array, field: string, sig: PDFDict, anchors: readonly X509Certificate[]): SignatureReport {
  const { byteRange, contentsHex, subFilter, signedAt } = extract(sig);
  const data = signedBytes(pdf, byteRange);
  let verdict: CmsVerdict | undefined;
  try {
    verdict = data === undefined ? undefined : checkCms(contentsHex, data);
  } catch {
    verdict = undefined;
  }
  const byteRangeSound = data !== undefined && gapIsContents(pdf, byteRange, contentsHex);
  const [, , c, d] = byteRange;
  const coversWholeFile = c !== undefined && d !== undefined && c + d === pdf.length;
  const chain = verdict?.signer === undefined ? undefined : checkChain(verdict.signer, verdict.others, anchors, signedAt);
  const subject = verdict?.signerCert === undefined ? undefined : nameFacts(verdict.signerCert.subject);
  const status = statusOf(verdict);
  const padesBaseline = subFilter === 'ETSI.CAdES.detached' && verdict?.padesAttributes === true;
  const problems: string[] = [];
  if (verdict === undefined) problems.push(verifyMessages.cms);
  else if (!verdict.digestValid) problems.push(verifyMessages.digest);
  else if (!verdict.signatureValid) problems.push(verifyMessages.signature);
  if (data !== undefined && !byteRangeSound) problems.push(verifyMessages.byteRange);
  if (verdict !== undefined && !padesBaseline) problems.push(verifyMessages.notPades);
  problems.push(...(chain?.problems ?? []));
  return {
    field,
    signerName: subject?.commonName,
    signerNip: nipFrom(subject?.serialNumber),
    signedAt: signedAt?.toISOString(),
    subFilter,
    byteRange,
    coversWholeFile,
    byteRangeSound,
    digestValid: verdict?.digestValid ?? false,
    signatureValid: verdict?.signatureValid ?? false,
    padesBaseline,
    chainTrusted: chain?.trusted ?? false,
    certificateValidAtSigningTime: chain?.validAtSigningTime ?? false,
    status,
    problems,
  };
}

const rangeEnd = (s: SignatureReport): number => (s.byteRange[2] ?? 0) + (s.byteRange[3] ?? 0);

/** Verifies every signature of `pdf` against the given trust anchors (DER CA certificates). */
export async function verifyPdf(pdf: Uint8Array, trustAnchors: readonly Uint8Array[]): Promise<VerificationReport> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch {
    throw new Failure('pdf_unreadable', verifyMessages.unreadable);
  }
  const anchors = trustAnchors.map((der) => new X509Certificate(der));
  const fields = listSignatureFields(doc);
  const signatures = fields.flatMap((f) => (f.value === undefined ? [] : [reportFor(pdf, f.name, f.value, anchors)]));
  // Earlier signatures never cover later updates; only bytes after the last one are suspect.
  const last = signatures.reduce<SignatureReport | undefined>((a, s) => (a === undefined || rangeEnd(s) > rangeEnd(a) ? s : a), undefined);
  if (last !== undefined && !last.coversWholeFile) {
    const index = signatures.indexOf(last);
    signatures[index] = { ...last, problems: [...last.problems, verifyMessages.appended] };
  }
  return { signatures, unsignedFields: fields.filter((f) => f.value === undefined).map((f) => f.name) };
}
