// Reads a packet from a folder: only the folder's own entries, never following a symbolic link
// (a link could point anywhere on the machine, and the renderer must not be able to make main
// read arbitrary files through a packet). Files are opened with O_NOFOLLOW and checked on the
// open handle, so swapping a file for a link between the listing and the read does not help.
import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { nameClashes, type PacketContents, type PacketFile, type ProgressReporter } from './contents';
import { checkEntryName, isSystemClutter } from './entry-names';
import type { PacketLimits } from './limits';
import { formatBytes, PacketRefused, quote, refuse } from './problems';

const noFollow = 'O_NOFOLLOW' in constants ? constants.O_NOFOLLOW : 0;

const errnoOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

export async function readFolderPacket(dir: string, limits: PacketLimits, progress: ProgressReporter): Promise<PacketContents> {
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
    const bytes = await readRegularFile(join(dir, name), name, limits, total);
    total += bytes.byteLength;
    files.push({ name, bytes });
  }
  return { files, ignored };
}

async function readRegularFile(path: string, name: string, limits: PacketLimits, totalSoFar: number): Promise<Uint8Array> {
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
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) throw refuse('packet_unreadable', `Berkas ${quote(name)} berubah saat dibaca; ulangi impor.`, name);
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof PacketRefused) throw e;
    throw refuse('packet_unreadable', `Berkas ${quote(name)} tidak dapat dibaca (${errnoOf(e) ?? 'galat'}).`, name);
  } finally {
    await handle.close();
  }
}
