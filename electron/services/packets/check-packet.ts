// Checks a read packet against its manifest, entirely in memory, before anything is stored:
// every listed file present and every present file listed; each file's size and SHA-256 as
// declared; its type recognised from its bytes and equal to the declared one; PDFs inspected.
// All problems are collected and reported together; any problem refuses the whole packet.
import type { Application } from '../../../common/domain/application';
import { sniffMediaType } from '../vault/media-types';
import type { VerifiedBytes } from '../vault/verified';
import type { PacketContents, PacketFile, ProgressReporter } from './contents';
import { collisionKey } from './entry-names';
import type { PacketLimits } from './limits';
import { MANIFEST_NAME, parseManifest, type PacketDocumentMediaType } from './manifest';
import { inspectPdf } from './pdf-inspect';
import { formatBytes, PacketRefused, quote, refuse, type PacketProblem, type PacketWarning } from './problems';

export interface CheckedDocument {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: PacketDocumentMediaType;
  readonly sha256: string;
  /** The bytes with the SHA-256 the packet source computed from them (equal to `sha256`). */
  readonly verified: VerifiedBytes;
}

export interface CheckedPacket {
  readonly application: Application;
  /** manifest.json exactly as received, kept as the record of what was handed over. */
  readonly manifest: VerifiedBytes;
  readonly documents: readonly CheckedDocument[];
  readonly warnings: readonly PacketWarning[];
}

type Document = Application['documents'][number];

/** Told about each document as soon as its size, hash and type are right (before its PDF check). */
export type DocumentVerified = (document: CheckedDocument) => void;

const short = (sha: string) => `${sha.slice(0, 12)}…`;
const typeLabel: Readonly<Record<string, string>> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export async function checkPacket(
  contents: PacketContents,
  limits: PacketLimits,
  progress: ProgressReporter,
  onVerified: DocumentVerified = () => undefined,
): Promise<CheckedPacket> {
  // Names are compared in Unicode NFC: macOS writes "é" decomposed, Windows composed.
  const nfc = (name: string) => name.normalize('NFC');
  const byName = new Map(contents.files.map((f) => [nfc(f.name), f]));
  const manifestFile = byName.get(MANIFEST_NAME);
  if (manifestFile === undefined) {
    const nearMiss = contents.files.find((f) => collisionKey(f.name).endsWith(MANIFEST_NAME));
    const hint = nearMiss ? ` Ada ${quote(nearMiss.name)}; nama harus tepat "${MANIFEST_NAME}" di akar paket.` : '';
    throw refuse('packet_manifest_missing', `Paket tidak memuat ${MANIFEST_NAME}.${hint}`, MANIFEST_NAME);
  }
  const { application } = parseManifest(manifestFile.verified.bytes, limits);

  const problems: PacketProblem[] = [];
  const listed = new Set(application.documents.map((d) => nfc(d.fileName)));
  for (const file of contents.files) {
    if (nfc(file.name) !== MANIFEST_NAME && !listed.has(nfc(file.name))) {
      problems.push({
        code: 'packet_unlisted_file',
        fileName: file.name,
        message: `Berkas ${quote(file.name)} ada di paket tetapi tidak tercantum di ${MANIFEST_NAME}.`,
      });
    }
  }
  const warnings: PacketWarning[] = contents.ignored.map((name) => ({
    code: 'packet_ignored_file',
    fileName: name,
    message: `Berkas sistem ${quote(name)} diabaikan.`,
  }));
  const documents: CheckedDocument[] = [];
  for (const [index, doc] of application.documents.entries()) {
    progress({ phase: 'checking', done: index + 1, total: application.documents.length, fileName: doc.fileName });
    const file = byName.get(nfc(doc.fileName));
    if (file === undefined) {
      problems.push({
        code: 'packet_missing_file',
        fileName: doc.fileName,
        message: `Dokumen ${doc.id} (${doc.requirement}) menyebut berkas ${quote(doc.fileName)}, tetapi berkas itu tidak ada di paket.`,
      });
      continue;
    }
    const checked = await checkDocument(doc, file, onVerified);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.document) documents.push(checked.document);
  }
  if (problems.length > 0) throw new PacketRefused(problems);
  return { application, manifest: manifestFile.verified, documents, warnings };
}

interface DocumentVerdict {
  readonly document?: CheckedDocument;
  readonly problems: readonly PacketProblem[];
  readonly warnings: readonly PacketWarning[];
}

async function checkDocument(doc: Document, file: PacketFile, onVerified: DocumentVerified): Promise<DocumentVerdict> {
  const name = doc.fileName;
  const { bytes } = file.verified;
  const fail = (problem: Omit<PacketProblem, 'fileName'>): DocumentVerdict => ({ problems: [{ ...problem, fileName: name }], warnings: [] });
  if (bytes.byteLength !== doc.size) {
    return fail({
      code: 'packet_size_mismatch',
      message: `Berkas ${quote(name)} berukuran ${formatBytes(bytes.byteLength)} (${bytes.byteLength} bita), sedangkan manifest menyebut ${doc.size} bita.`,
    });
  }
  // Hashed by the packet source while it read the file (overlapping the reads), not again here.
  const sha256 = file.verified.sha256;
  if (sha256 !== doc.sha256) {
    return fail({
      code: 'packet_hash_mismatch',
      message: `Isi berkas ${quote(name)} tidak cocok dengan SHA-256 di manifest (tertulis ${short(doc.sha256)}, dihitung ${short(sha256)}); berkas berubah atau tertukar.`,
    });
  }
  const actual = sniffMediaType(bytes);
  if (actual === undefined) {
    return fail({ code: 'packet_media_type_unsupported', message: `Isi berkas ${quote(name)} bukan PDF, JPEG, atau PNG.` });
  }
  if (actual !== doc.mediaType) {
    return fail({
      code: 'packet_media_type_mismatch',
      message: `Berkas ${quote(name)} dinyatakan ${typeLabel[doc.mediaType] ?? doc.mediaType} di manifest, tetapi isinya ${typeLabel[actual] ?? actual}.`,
    });
  }
  const document: CheckedDocument = { id: doc.id, fileName: name, mediaType: actual, sha256, verified: file.verified };
  // The importer adds it to its vault batch now (its sidecar is written while the PDF is inspected
  // and the next files are checked); a refusal later discards the whole batch.
  onVerified(document);
  if (actual !== 'application/pdf') return { document, problems: [], warnings: [] };
  const pdf = await inspectPdf(bytes, name);
  const warnings = [...pdf.warnings];
  if (pdf.refusals.length === 0 && doc.pages !== undefined && doc.pages !== pdf.pages) {
    warnings.push({
      code: 'packet_pages_mismatch',
      fileName: name,
      message: `PDF ${quote(name)} berisi ${pdf.pages} halaman, sedangkan manifest menyebut ${doc.pages}.`,
    });
  }
  return { ...(pdf.refusals.length === 0 ? { document } : {}), problems: pdf.refusals, warnings };
}
