// Checks a read packet against its manifest, entirely in memory, before anything is stored:
// every listed file present and every present file listed; each file's size and SHA-256 as
// declared; its type recognised from its bytes and equal to the declared one; PDFs inspected.
// All problems are collected and reported together; any problem refuses the whole packet.
import { webcrypto } from 'node:crypto';
import type { Application } from '../../../common/domain/application';
import { sniffMediaType } from '../vault/media-types';
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
  readonly bytes: Uint8Array;
}

export interface CheckedPacket {
  readonly application: Application;
  /** manifest.json exactly as received, kept as the record of what was handed over. */
  readonly manifestBytes: Uint8Array;
  readonly documents: readonly CheckedDocument[];
  readonly warnings: readonly PacketWarning[];
}

type Document = Application['documents'][number];

/** How many digests run ahead at once: each holds a copy of its file while it runs. */
const DIGESTS_AHEAD = 2;

/** SHA-256 of packet files off the main thread, at most DIGESTS_AHEAD at a time, in the order wanted. */
class Digests {
  readonly #queue: PacketFile[] = [];
  readonly #started = new Map<PacketFile, Promise<string>>();
  #running = 0;

  want(file: PacketFile): void {
    if (!this.#started.has(file) && !this.#queue.includes(file)) this.#queue.push(file);
    this.#pump();
  }

  /** The file's SHA-256 in lowercase hex (started now if it was not queued). */
  of(file: PacketFile): Promise<string> {
    const queued = this.#queue.indexOf(file);
    if (queued >= 0) this.#queue.splice(queued, 1);
    return this.#started.get(file) ?? this.#start(file);
  }

  #start(file: PacketFile): Promise<string> {
    this.#running += 1;
    const digest = webcrypto.subtle.digest('SHA-256', file.bytes).then((buffer) => Buffer.from(buffer).toString('hex'));
    const done = digest.finally(() => {
      this.#running -= 1;
      this.#pump();
    });
    this.#started.set(file, done);
    return done;
  }

  #pump(): void {
    while (this.#running < DIGESTS_AHEAD) {
      const next = this.#queue.shift();
      if (next === undefined) return;
      void this.#start(next).catch(() => undefined);
    }
  }
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;
const typeLabel: Readonly<Record<string, string>> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export async function checkPacket(contents: PacketContents, limits: PacketLimits, progress: ProgressReporter): Promise<CheckedPacket> {
  // Names are compared in Unicode NFC: macOS writes "é" decomposed, Windows composed.
  const nfc = (name: string) => name.normalize('NFC');
  const byName = new Map(contents.files.map((f) => [nfc(f.name), f]));
  const manifestFile = byName.get(MANIFEST_NAME);
  if (manifestFile === undefined) {
    const nearMiss = contents.files.find((f) => collisionKey(f.name).endsWith(MANIFEST_NAME));
    const hint = nearMiss ? ` Ada ${quote(nearMiss.name)}; nama harus tepat "${MANIFEST_NAME}" di akar paket.` : '';
    throw refuse('packet_manifest_missing', `Paket tidak memuat ${MANIFEST_NAME}.${hint}`, MANIFEST_NAME);
  }
  const { application } = parseManifest(manifestFile.bytes, limits);

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
  const digests = new Digests();
  // Hashing runs on libuv's threads: each document's digest is started while the one before it
  // is being inspected on this thread, so the two costs overlap instead of adding up.
  for (const doc of application.documents) {
    const file = byName.get(nfc(doc.fileName));
    if (file !== undefined && file.bytes.byteLength === doc.size) digests.want(file);
  }
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
    const checked = await checkDocument(doc, file, digests);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.document) documents.push(checked.document);
  }
  if (problems.length > 0) throw new PacketRefused(problems);
  return { application, manifestBytes: manifestFile.bytes, documents, warnings };
}

interface DocumentVerdict {
  readonly document?: CheckedDocument;
  readonly problems: readonly PacketProblem[];
  readonly warnings: readonly PacketWarning[];
}

async function checkDocument(doc: Document, file: PacketFile, digests: Digests): Promise<DocumentVerdict> {
  const name = doc.fileName;
  const fail = (problem: Omit<PacketProblem, 'fileName'>): DocumentVerdict => ({ problems: [{ ...problem, fileName: name }], warnings: [] });
  if (file.bytes.byteLength !== doc.size) {
    return fail({
      code: 'packet_size_mismatch',
      message: `Berkas ${quote(name)} berukuran ${formatBytes(file.bytes.byteLength)} (${file.bytes.byteLength} bita), sedangkan manifest menyebut ${doc.size} bita.`,
    });
  }
  const sha256 = await digests.of(file);
  if (sha256 !== doc.sha256) {
    return fail({
      code: 'packet_hash_mismatch',
      message: `Isi berkas ${quote(name)} tidak cocok dengan SHA-256 di manifest (tertulis ${short(doc.sha256)}, dihitung ${short(sha256)}); berkas berubah atau tertukar.`,
    });
  }
  const actual = sniffMediaType(file.bytes);
  if (actual === undefined) {
    return fail({ code: 'packet_media_type_unsupported', message: `Isi berkas ${quote(name)} bukan PDF, JPEG, atau PNG.` });
  }
  if (actual !== doc.mediaType) {
    return fail({
      code: 'packet_media_type_mismatch',
      message: `Berkas ${quote(name)} dinyatakan ${typeLabel[doc.mediaType] ?? doc.mediaType} di manifest, tetapi isinya ${typeLabel[actual] ?? actual}.`,
    });
  }
  const document: CheckedDocument = { id: doc.id, fileName: name, mediaType: actual, sha256, bytes: file.bytes };
  if (actual !== 'application/pdf') return { document, problems: [], warnings: [] };
  const pdf = await inspectPdf(file.bytes, name);
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
