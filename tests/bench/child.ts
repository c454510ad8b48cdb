// One measured task in a fresh process: `tsx tests/bench/child.ts <task> <args…>`. Prints one
// JSON line (ChildReport). Its own process so that getrusage's peak RSS belongs to that task alone.
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';
import { dispatch } from '../../common/contract';
import { documentsCalls } from '../../common/contract/documents';
import { documentsHandlers } from '../../electron/services/documents/service';
import { PDFDocument } from 'pdf-lib';
import { LocalP12Signer, prepareSignatureField, signPdf } from '../../electron/services/signing';
import { Vault } from '../../electron/services/vault/vault';
import { byteRanges, type ChildReport } from './lib';

type Task = (args: string[], mark: () => void) => Promise<number>;

const arg = (args: string[], i: number): string => {
  const v = args[i];
  if (v === undefined) throw new Error(`missing argument ${String(i)}`);
  return v;
};

/** A one-page PDF with the same field: signing it first runs every code path once. */
async function warmUp(signer: LocalP12Signer): Promise<void> {
  const doc = await PDFDocument.create();
  prepareSignatureField(doc, doc.addPage(), { name: 'verifikator', x: 56, y: 80, width: 220, height: 70 });
  await signPdf(await doc.save({ useObjectStreams: false }), signer, { field: 'verifikator', reason: 'Pemanasan', location: 'Bontang', signedAt: new Date('2026-03-30T02:00:00Z') });
}

/**
 * Ours: the whole PAdES path (xref read, incremental update, byte ranges, CAdES, embed), up to
 * the signed file as the two parts `signing.sign` hands to the vault (input and increment).
 * `warm`: a small document is signed first in the same process, as for the second signature of
 * a session; otherwise this is the first signature after start.
 */
const signOurs = (warm: boolean): Task => async (args, mark) => {
  const signer = LocalP12Signer.open(await readFile(arg(args, 1)), arg(args, 2));
  if (warm) await warmUp(signer);
  mark();
  const pdf = await readFile(arg(args, 0));
  const start = performance.now();
  const signed = await signPdf(pdf, signer, { field: 'verifikator', reason: 'Tolok ukur', location: 'Bontang', signedAt: new Date('2026-03-30T02:00:00Z') });
  report.ms = performance.now() - start;
  return signed.byteLength; // both parts
};

/** The limit: SHA-256 over the same two byte ranges and one RSA signature over ~100 bytes. */
const signBare: Task = async (args, mark) => {
  const key = createPrivateKey(await readFile(arg(args, 1), 'utf8'));
  mark();
  const pdf = await readFile(arg(args, 0));
  const start = performance.now();
  const [a, b] = byteRanges(pdf);
  const digest = createHash('sha256').update(a).update(b).digest();
  // Stand-in for the DER of the signed attributes: the digest plus as many bytes as ours carries.
  const attrs = Buffer.concat([digest, Buffer.alloc(200, 0x31)]);
  const signature = sign('sha256', attrs, key);
  report.ms = performance.now() - start;
  return signature.byteLength;
};

// OIDs spelled out: node-forge's `pki.oids` table is typed as possibly undefined per entry.
const OID = {
  certBag: '1.2.840.113549.1.12.10.1.3',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  contentType: '1.2.840.113549.1.9.3',
  data: '1.2.840.113549.1.7.1',
  signingTime: '1.2.840.113549.1.9.5',
  messageDigest: '1.2.840.113549.1.9.4',
} as const;

/** node-forge PKCS#7 detached, built the way @signpdf/signer-p12's P12Signer builds it. */
const signForge: Task = async (args, mark) => {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(Buffer.from(await readFile(arg(args, 1))).toString('binary')), false, arg(args, 2));
  const certBags: forge.pkcs12.Bag[] = p12.getBags({ bagType: OID.certBag })[OID.certBag] ?? [];
  const certs = certBags.flatMap((b) => (b.cert ? [b.cert] : []));
  const keyBag: forge.pkcs12.Bag | undefined = p12.getBags({ bagType: OID.shroudedKeyBag })[OID.shroudedKeyBag]?.[0];
  const key = keyBag?.key;
  // The signer's certificate is the one whose public key verifies a signature made by the key.
  const probe = forge.md.sha256.create().update('probe');
  const probeSignature = key?.sign(probe) ?? '';
  const certificate = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).verify(probe.digest().getBytes(), probeSignature));
  if (key === undefined || certificate === undefined) throw new Error('no key or certificate in the .p12');
  mark();
  const pdf = await readFile(arg(args, 0));
  const start = performance.now();
  const [a, b] = byteRanges(pdf);
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(Buffer.concat([a, b]).toString('binary'));
  for (const c of certs) p7.addCertificate(c);
  p7.addSigner({
    key,
    certificate,
    digestAlgorithm: OID.sha256,
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.signingTime, value: new Date() as unknown as string },
      { type: OID.messageDigest },
    ],
  });
  p7.sign({ detached: true });
  const der = forge.asn1.toDer(p7.toAsn1()).getBytes();
  report.ms = performance.now() - start;
  return der.length;
};

/** documents.generate through the contract on a real vault (photos already in it). */
const generate: Task = async (args, mark) => {
  const vault = Vault.forDataDir(arg(args, 0));
  const request: unknown = JSON.parse(await readFile(arg(args, 1), 'utf8'));
  const handlers = documentsHandlers({ vault, signatureIssuer: 'Verikop Demo CA', now: () => new Date('2026-03-31T01:00:00Z') });
  mark();
  const start = performance.now();
  const result = await dispatch(documentsCalls, handlers, 'documents.generate', request);
  report.ms = performance.now() - start;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const { sha256 } = result.value as { sha256: string };
  return (await vault.read(sha256)).bytes.byteLength;
};

const tasks: Record<string, Task> = { 'sign-ours': signOurs(false), 'sign-ours-warm': signOurs(true), 'sign-bare': signBare, 'sign-forge': signForge, generate };

const report: { ms: number; baseRss: number } = { ms: NaN, baseRss: NaN };
const [name, ...rest] = process.argv.slice(2);
const task = name === undefined ? undefined : tasks[name];
if (task === undefined) throw new Error(`unknown task ${String(name)}; one of ${Object.keys(tasks).join(', ')}`);
const outputBytes = await task(rest, () => {
  report.baseRss = process.memoryUsage().rss;
});
const result: ChildReport = { ms: report.ms, baseRss: report.baseRss, peakRss: process.resourceUsage().maxRSS * 1024, outputBytes };
console.log(JSON.stringify(result));
