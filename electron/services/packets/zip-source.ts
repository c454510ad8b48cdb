// Reads a packet from a .zip without trusting the archive: names are decoded and checked by us
// (yauzl's own checks are bypassed so each attack gets its own code), entry types come from the
// external attributes (a symlink entry is refused, not followed), sizes in the headers are only
// a first filter — the bytes are counted while inflating, and an entry that inflates past the
// per-file, total or ratio limit is cut off there. CRC-32 is verified too (yauzl does not).
import { promises as fsp } from 'node:fs';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { nameClashes, unwrapSingleFolder, type PacketContents, type PacketFile, type ProgressReporter } from './contents';
import { checkEntryName, isSystemClutter } from './entry-names';
import type { PacketLimits } from './limits';
import { formatBytes, PacketRefused, quote, refuse } from './problems';

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** "Version made by" hosts whose external attributes carry Unix mode bits: Unix, macOS. */
const UNIX_HOSTS = new Set([3, 19]);

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function readZipPacket(path: string, limits: PacketLimits, progress: ProgressReporter): Promise<PacketContents> {
  const stat = await fsp.stat(path).catch(() => undefined);
  if (stat?.isFile() !== true) throw refuse('packet_not_found', `Berkas paket ${quote(path)} tidak ditemukan.`);
  if (stat.size > limits.maxTotalBytes) {
    throw refuse('packet_too_large', `Arsip paket berukuran ${formatBytes(stat.size)}, melebihi batas ${formatBytes(limits.maxTotalBytes)}.`);
  }
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw refuse('packet_zip_invalid', `Berkas paket bukan arsip ZIP yang utuh (${errorText(e)}).`);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refuse('packet_too_many_entries', `Arsip berisi ${zip.entryCount} entri, melebihi batas ${limits.maxEntries}.`);
    }
    return unwrapSingleFolder(await readEntries(zip, limits, progress));
  } finally {
    zip.close();
  }
}

async function readEntries(zip: ZipFile, limits: PacketLimits, progress: ProgressReporter): Promise<PacketContents> {
  const files: PacketFile[] = [];
  const ignored: string[] = [];
  const names: string[] = [];
  let inflatedTotal = 0;
  let index = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      index += 1;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const verdict = checkEntryName(name);
      if (!verdict.ok) throw refuse('packet_unsafe_path', `${verdict.reason} Arsip ini tidak aman.`, name);
      const type = entryType(entry, name);
      if (type === 'directory') continue;
      names.push(name);
      if (isSystemClutter(name)) {
        ignored.push(name);
        continue;
      }
      checkHeader(entry, name, limits, inflatedTotal);
      progress({ phase: 'reading', done: index, total: zip.entryCount, fileName: name });
      const bytes = await inflate(zip, entry, name, limits, inflatedTotal);
      inflatedTotal += bytes.byteLength;
      files.push({ name, bytes });
    }
  } catch (e) {
    if (e instanceof PacketRefused) throw e;
    throw refuse('packet_zip_invalid', `Arsip ZIP rusak atau tidak didukung (${errorText(e)}).`);
  }
  const clashes = nameClashes(names);
  if (clashes.length > 0) throw new PacketRefused(clashes);
  return { files, ignored };
}

function entryType(entry: Entry, name: string): 'file' | 'directory' {
  const host = entry.versionMadeBy >>> 8;
  const mode = UNIX_HOSTS.has(host) ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
  if (mode === S_IFLNK) {
    throw refuse('packet_symlink', `Entri ${quote(name)} adalah tautan simbolik (symlink); paket hanya boleh berisi berkas biasa.`, name);
  }
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) {
    throw refuse('packet_symlink', `Entri ${quote(name)} bukan berkas biasa (perangkat, pipa, atau sejenisnya).`, name);
  }
  const isDirectory = name.endsWith('/') || mode === S_IFDIR;
  if (isDirectory && entry.uncompressedSize > 0) {
    throw refuse('packet_zip_invalid', `Entri folder ${quote(name)} berisi data; arsip tidak konsisten.`, name);
  }
  return isDirectory ? 'directory' : 'file';
}

function checkHeader(entry: Entry, name: string, limits: PacketLimits, inflatedSoFar: number): void {
  if (entry.isEncrypted()) {
    throw refuse('packet_zip_encrypted', `Entri ${quote(name)} terenkripsi (berkata sandi); kirim paket tanpa kata sandi.`, name);
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} memakai metode kompresi ${entry.compressionMethod} yang tidak didukung (hanya stored dan deflate).`, name);
  }
  if (entry.uncompressedSize > limits.maxFileBytes) {
    throw refuse('packet_file_too_large', `Berkas ${quote(name)} berukuran ${formatBytes(entry.uncompressedSize)}, melebihi batas ${formatBytes(limits.maxFileBytes)} per berkas.`, name);
  }
  if (inflatedSoFar + entry.uncompressedSize > limits.maxTotalBytes) {
    throw refuse('packet_too_large', `Isi paket melebihi batas ${formatBytes(limits.maxTotalBytes)} setelah dibuka (di berkas ${quote(name)}).`, name);
  }
}

async function inflate(zip: ZipFile, entry: Entry, name: string, limits: PacketLimits, inflatedSoFar: number): Promise<Uint8Array> {
  const bomb = (detail: string) =>
    refuse('packet_zip_bomb', `Berkas ${quote(name)} mengembang jauh melebihi yang wajar (${detail}); arsip ini tampak sebagai "bom kompresi" dan ditolak.`, name);
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (e) {
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} tidak dapat dibuka (${errorText(e)}).`, name);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limits.maxFileBytes) throw bomb(`lebih dari ${formatBytes(limits.maxFileBytes)}`);
      if (inflatedSoFar + size > limits.maxTotalBytes) throw bomb(`total lebih dari ${formatBytes(limits.maxTotalBytes)}`);
      if (size > limits.ratioCheckAfterBytes && size > Math.max(1, entry.compressedSize) * limits.maxCompressionRatio) {
        throw bomb(`rasio lebih dari ${limits.maxCompressionRatio}:1`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof PacketRefused) throw e;
    // yauzl counts the inflated bytes against the header and stops at the first byte too many.
    if (/too many bytes/.test(errorText(e))) throw bomb('lebih besar dari ukuran yang tertulis di arsip');
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} rusak (${errorText(e)}).`, name);
  }
  const bytes = Buffer.concat(chunks, size);
  if (crc32(bytes) !== entry.crc32) {
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} rusak: CRC-32 tidak cocok dengan arsip.`, name);
  }
  return bytes;
}
