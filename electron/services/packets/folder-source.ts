// Reads a packet from a folder: only the folder's own entries, never following a symbolic link
// (a link could point anywhere on the machine, and the renderer must not be able to make main
// read arbitrary files through a packet). Files are opened with O_NOFOLLOW and checked on the
// open handle, so swapping a file for a link between the listing and the read does not help.
import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { nameClashes, type FileRead, type PacketContents, type PacketFile, type ProgressReporter } from './contents';
import { Sha256Builder } from '../vault/verified';
import { checkEntryName, isSystemClutter } from './entry-names';
import type { PacketLimits } from './limits';
import { formatBytes, PacketRefused, quote, refuse } from './problems';

/** Bytes per read: large enough to cost few calls, small enough to hash one while the next is read. */
const READ_CHUNK = 4 * 1024 * 1024;
const noFollow = 'O_NOFOLLOW' in constants ? constants.O_NOFOLLOW : 0;

const errnoOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

export async function readFolderPacket(dir: string, limits: PacketLimits, progress: ProgressReporter, onFile: FileRead = () => undefined): Promise<PacketContents> {
  const stat = await fsp.lstat(dir).catch(() => undefined);
  if (stat?.isDirectory() !== true) throw refuse('packet_not_found', `Folder paket ${quote(dir)} tidak ditemukan.`);
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw refuse('packet_unreadable', `Folder paket ${quote(dir)} tidak dapat dibaca (${errnoOf(e) ?? 'galat'}).`);
  }
  if (entries.length > limits.maxEntries) {
    throw refuse('packet_too_many_entries', `Folder berisi ${entries.length} entri, melebihi batas ${limits.maxEntries}.`);
  }
  const names = entries.map((e) => e.name).sort();
  const clashes = nameClashes(names);
  if (clashes.length > 0) throw new PacketRefused(clashes);

  const files: PacketFile[] = [];
  const ignored: string[] = [];
  let total = 0;
  for (const [index, entry] of entries.sort((a, b) => (a.name < b.name ? -1 : 1)).entries()) {
    const name = entry.name;
    const verdict = checkEntryName(name);
    if (!verdict.ok) throw refuse('packet_unsafe_path', verdict.reason, name);
    if (entry.isSymbolicLink()) {
      throw refuse('packet_symlink', `${quote(name)} adalah tautan simbolik (symlink); paket hanya boleh berisi berkas biasa.`, name);
    }
    if (isSystemClutter(name)) {
      ignored.push(name);
      continue;
    }
    if (entry.isDirectory()) {
      throw refuse('packet_unlisted_file', `Folder ${quote(name)} di dalam paket tidak dikenal; paket hanya berisi manifest.json dan berkas yang tercantum di dalamnya.`, name);
    }
    progress({ phase: 'reading', done: index + 1, total: entries.length, fileName: name });
    const file = await readRegularFile(join(dir, name), name, limits, total);
    total += file.verified.bytes.byteLength;
    files.push(file);
    onFile(file);
  }
  return { files, ignored };
}

async function readRegularFile(path: string, name: string, limits: PacketLimits, totalSoFar: number): Promise<PacketFile> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, constants.O_RDONLY | noFollow);
  } catch (e) {
    if (errnoOf(e) === 'ELOOP') throw refuse('packet_symlink', `${quote(name)} adalah tautan simbolik (symlink).`, name);
    throw refuse('packet_unreadable', `Berkas ${quote(name)} tidak dapat dibaca (${errnoOf(e) ?? 'galat'}).`, name);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw refuse('packet_symlink', `${quote(name)} bukan berkas biasa.`, name);
    if (stat.size > limits.maxFileBytes) {
      throw refuse('packet_file_too_large', `Berkas ${quote(name)} berukuran ${formatBytes(stat.size)}, melebihi batas ${formatBytes(limits.maxFileBytes)} per berkas.`, name);
    }
    if (totalSoFar + stat.size > limits.maxTotalBytes) {
      throw refuse('packet_too_large', `Isi paket melebihi batas ${formatBytes(limits.maxTotalBytes)} (di berkas ${quote(name)}).`, name);
    }
    // Read one byte more than announced: a file that grows while we read is caught, not truncated.
    // Uninitialised memory is fine: only the part the reads filled is ever looked at.
    const buffer = Buffer.allocUnsafeSlow(stat.size + 1);
    const hash = new Sha256Builder();
    let length = 0;
    let reading = handle.read(buffer, 0, Math.min(READ_CHUNK, buffer.length), 0);
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(length, length + bytesRead);
      length += bytesRead;
      if (length === buffer.length) throw refuse('packet_unreadable', `Berkas ${quote(name)} berubah saat dibaca; ulangi impor.`, name);
      // The next read runs on libuv's threads while this chunk is hashed here: the SHA-256 the
      // manifest check needs costs (almost) no time of its own.
      reading = handle.read(buffer, length, Math.min(READ_CHUNK, buffer.length - length), length);
      hash.update(chunk);
    }
    const bytes = buffer.subarray(0, length);
    return { name, verified: hash.finish(bytes) };
  } catch (e) {
    if (e instanceof PacketRefused) throw e;
    throw refuse('packet_unreadable', `Berkas ${quote(name)} tidak dapat dibaca (${errnoOf(e) ?? 'galat'}).`, name);
  } finally {
    await handle.close();
  }
}
