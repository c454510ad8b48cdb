// Reading the facts people need from an X.509 certificate: names (via pkijs, which keeps the
// attribute values as the CA wrote them), validity and fingerprint (via node:crypto).
import { X509Certificate, createHash } from 'node:crypto';
import * as pkijs from 'pkijs';

const OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
} as const;

export interface NameFacts {
  readonly commonName: string;
  /** The subject's serialNumber attribute; CAs for civil servants put the NIP there. */
  readonly serialNumber: string | undefined;
  readonly organization: string | undefined;
  /** The whole name, most specific attribute first, for display ("CN=…, O=…, C=ID"). */
  readonly text: string;
}

export interface CertificateFacts {
  readonly subject: NameFacts;
  readonly issuer: NameFacts;
  readonly serialNumberHex: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly sha256: string;
  readonly isCa: boolean;
  readonly publicKeyDescription: string;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
};

function attributeValue(tv: pkijs.AttributeTypeAndValue): string {
  const block: unknown = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof block === 'string' ? block : '';
}

export function nameFacts(name: pkijs.RelativeDistinguishedNames): NameFacts {
  const find = (oid: string): string | undefined => {
    const tv = name.typesAndValues.find((t) => t.type === oid);
    return tv === undefined ? undefined : attributeValue(tv);
  };
  const text = [...name.typesAndValues]
    .reverse()
    .map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${attributeValue(tv)}`)
    .join(', ');
  return {
    commonName: find(OID.commonName) ?? text,
    serialNumber: find(OID.serialNumber),
    organization: find(OID.organization) ?? find(OID.organizationalUnit),
    text,
  };
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(der);
}

export function certificateFacts(der: Uint8Array): CertificateFacts {
  const cert = parseCertificate(der);
  const x509 = new X509Certificate(der);
  const key = x509.publicKey;
  const details = key.asymmetricKeyDetails;
  const bits = details?.modulusLength;
  return {
    subject: nameFacts(cert.subject),
    issuer: nameFacts(cert.issuer),
    serialNumberHex: x509.serialNumber.toLowerCase(),
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    sha256: sha256Hex(der),
    isCa: x509.ca,
    publicKeyDescription: `${(key.asymmetricKeyType ?? 'unknown').toUpperCase()}${bits === undefined ? '' : ` ${String(bits)}`}`,
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** NIP as printed on letters: an 18-digit serialNumber, possibly prefixed ("NIP:…"). */
export function nipFrom(serialNumber: string | undefined): string | undefined {
  const digits = serialNumber?.match(/\d{18}/)?.[0];
  return digits;
}

/** "NIP. 19780512 200501 2 003": birth date, appointment, sex, serial, as printed on letters. */
export const formatNip = (nip: string): string =>
  /^\d{18}$/.test(nip) ? `NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : `NIP. ${nip}`;
