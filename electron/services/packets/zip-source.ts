// Reads a packet from a .zip without trusting the archive: names are decoded and checked by us
// (yauzl's own checks are bypassed so each attack gets its own code), entry types come from the
// external attributes (a symlink entry is refused, not followed), sizes in the headers are only
// a first filter — the bytes are counted while inflating, and an entry that inflates past the
// per-file, total or ratio limit is cut off there. CRC-32 is verified too (yauzl does not).
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib, { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { nameClashes, unwrapSingleFolder, type FileRead, type PacketContents, type PacketFile, type ProgressReporter } from './contents';
import { verifyBytes } from '../vault/verified';
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

export async function readZipPacket(path: string, limits: PacketLimits, progress: ProgressReporter, onFile: FileRead = () => undefined): Promise<PacketContents> {
  const stat = await fsp.stat(path).catch(() => undefined);
  if (stat?.isFile() !== true) throw refuse('packet_not_found', `Berkas paket ${quote(path)} tidak ditemukan.`);
  if (stat.size > limits.maxTotalBytes) {
    throw refuse('packet_too_large', `Arsip paket berukuran ${formatBytes(stat.size)}, melebihi batas ${formatBytes(limits.maxTotalBytes)}.`);
  }
  // One descriptor for yauzl's directory reading and for our reads of entry data, so both read
  // the same file even if the path is swapped meanwhile.
  let archive: FileHandle;
  try {
    archive = await fsp.open(path, 'r');
  } catch (e) {
    throw refuse('packet_zip_invalid', `Berkas paket bukan arsip ZIP yang utuh (${errorText(e)}).`);
  }
  try {
    let zip: ZipFile;
    try {
      zip = await yauzl.fromFdPromise(archive.fd, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    } catch (e) {
      throw refuse('packet_zip_invalid', `Berkas paket bukan arsip ZIP yang utuh (${errorText(e)}).`);
    }
    // zip.close() is not called: on a descriptor it was given, yauzl would close that
    // descriptor itself, and the handle below closes it (once) when everything is read.
    if (zip.entryCount > limits.maxEntries) {
      throw refuse('packet_too_many_entries', `Arsip berisi ${zip.entryCount} entri, melebihi batas ${limits.maxEntries}.`);
    }
    return unwrapSingleFolder(await readEntries(zip, archive, limits, progress, onFile));
  } finally {
    await archive.close();
  }
}

async function readEntries(zip: ZipFile, archive: FileHandle, limits: PacketLimits, progress: ProgressReporter, onFile: FileRead): Promise<PacketContents> {
  const ignored: string[] = [];
  const names: string[] = [];
  let inflatedTotal = 0;
  let index = 0;
  // One entry is read and inflated (zlib runs on libuv's threads) while the entry before it is
  // CRC-checked and hashed here. Entries are still judged in archive order: whatever fails, every
  // started entry is settled first, and the earliest failure in the archive is the one reported.
  const jobs: Promise<PacketFile>[] = [];
  let failure: { readonly error: unknown } | undefined;
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
      const job = readEntry(zip, archive, entry, name, limits, inflatedTotal).then((file) => {
        onFile(file);
        return file;
      });
      job.catch(() => undefined); // settled below, in order
      jobs.push(job);
      // inflate() answers exactly the declared size or refuses the entry, so this is the real total.
      inflatedTotal += entry.uncompressedSize;
      // At most one entry runs ahead of the one being hashed: nothing later is inflated while an
      // earlier entry that may fail is still undecided by more than one step.
      await jobs.at(-2);
    }
  } catch (e) {
    failure = { error: e };
  }
  // Also never leaves a read running on the archive's descriptor, which the caller closes next.
  const settled = await Promise.allSettled(jobs);
  const earliest = settled.find((r) => r.status === 'rejected');
  const error: unknown = earliest === undefined ? failure?.error : earliest.reason;
  if (earliest !== undefined || failure !== undefined) {
    if (error instanceof PacketRefused) throw error;
    throw refuse('packet_zip_invalid', `Arsip ZIP rusak atau tidak didukung (${errorText(error)}).`);
  }
  const files = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
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

const inflateRaw = promisify(zlib.inflateRaw);

async function readEntry(zip: ZipFile, archive: FileHandle, entry: Entry, name: string, limits: PacketLimits, inflatedSoFar: number): Promise<PacketFile> {
  const bytes = await inflate(zip, archive, entry, name, limits, inflatedSoFar);
  return { name, verified: verifyBytes(bytes) };
}

/**
 * An entry's bytes: its compressed data in one read, inflated in one call on zlib's thread —
 * a stream of small reads and chunks cost most of the .zip import (docs/benchmarks.md). The
 * inflation is capped where the old stream check would have cut it off: the per-file and total
 * limits, the compression ratio past `ratioCheckAfterBytes`, and the size the archive declares.
 */
async function inflate(zip: ZipFile, archive: FileHandle, entry: Entry, name: string, limits: PacketLimits, inflatedSoFar: number): Promise<Uint8Array> {
  const bomb = (detail: string) =>
    refuse('packet_zip_bomb', `Berkas ${quote(name)} mengembang jauh melebihi yang wajar (${detail}); arsip ini tampak sebagai "bom kompresi" dan ditolak.`, name);
  const broken = (detail: string) => refuse('packet_zip_invalid', `Entri ${quote(name)} rusak (${detail}).`, name);
  let compressed: Buffer;
  try {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    // Uninitialised memory is fine: a short read is refused just below.
    compressed = Buffer.allocUnsafeSlow(entry.compressedSize);
    const { bytesRead } = await archive.read(compressed, 0, compressed.length, fileDataStart);
    if (bytesRead !== compressed.length) throw new Error('data terpotong');
  } catch (e) {
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} tidak dapat dibuka (${errorText(e)}).`, name);
  }
  const limitsCap: [number, string][] = [
    [limits.maxFileBytes, `lebih dari ${formatBytes(limits.maxFileBytes)}`],
    [limits.maxTotalBytes - inflatedSoFar, `total lebih dari ${formatBytes(limits.maxTotalBytes)}`],
    [Math.max(limits.ratioCheckAfterBytes, Math.max(1, entry.compressedSize) * limits.maxCompressionRatio), `rasio lebih dari ${limits.maxCompressionRatio}:1`],
  ];
  const [cap, capDetail] = limitsCap.reduce((a, b) => (b[0] < a[0] ? b : a));
  // Never inflate past what the archive declares: one byte more already proves it lied.
  const allowed = Math.min(cap, entry.uncompressedSize);
  let bytes: Buffer;
  if (entry.compressionMethod === 0) bytes = compressed;
  else {
    try {
      // chunkSize: the whole output in one piece. At zlib's default of 16 KiB, each piece is a
      // round trip to the thread pool and a copy into the joined result: ~5× slower for 20 MB.
      bytes = await inflateRaw(compressed, { maxOutputLength: allowed + 1, chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, allowed + 1) });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') bytes = Buffer.alloc(allowed + 1);
      else throw broken(errorText(e));
    }
  }
  if (bytes.byteLength > allowed) throw bomb(allowed < cap ? 'lebih besar dari ukuran yang tertulis di arsip' : capDetail);
  if (bytes.byteLength < entry.uncompressedSize) throw broken('lebih pendek dari ukuran yang tertulis di arsip');
  if (crc32(bytes) !== entry.crc32) {
    throw refuse('packet_zip_invalid', `Entri ${quote(name)} rusak: CRC-32 tidak cocok dengan arsip.`, name);
  }
  return bytes;
}
