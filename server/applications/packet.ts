// Reads an application packet folder (docs/packet-format.md, formatVersion 1) for intake on the
// server: manifest against the domain schema, the exact set of files, sizes, SHA-256 and type by
// content. The desktop app's importer (electron/services/packets) checks more — zip archives,
// PDF actions and scripts — and cannot be imported here (server/ never imports electron/); until
// it moves to a shared place, server intake takes folders only.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Application } from '../../common/domain';
import { IntakeError, parseApplication } from './intake';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;
/** What operating systems leave in folders; skipped, as the desktop importer does. */
const clutter = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\._.*)$/i;

const manifestSchema = z.object({ formatVersion: z.literal(1, { error: 'formatVersion harus 1' }), application: z.unknown() }).strict();

export interface Packet {
  readonly application: Application;
  /** Document bytes by file name, each checked against the manifest. */
  readonly files: ReadonlyMap<string, Buffer>;
}

async function readRegularFile(file: string, limit: number): Promise<Buffer> {
  // O_NOFOLLOW: a symbolic link planted in the folder is refused, not followed.
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IntakeError(`${path.basename(file)} bukan berkas biasa.`);
    if (info.size > limit) throw new IntakeError(`${path.basename(file)} terlalu besar (${info.size} byte).`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The media type by the first bytes, as the desktop importer judges it. */
export function sniffMediaType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return undefined;
}

async function readManifest(dir: string): Promise<Application> {
  let text: string;
  try {
    text = (await readRegularFile(path.join(dir, 'manifest.json'), MAX_MANIFEST_BYTES)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    throw new IntakeError(`manifest.json tidak dapat dibaca di ${dir}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new IntakeError('manifest.json bukan JSON yang sah.');
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) throw new IntakeError(`manifest.json tidak sesuai format paket: ${manifest.error.issues.map((i) => i.message).join('; ')}`);
  return parseApplication(manifest.data.application);
}

export async function readFolderPacket(dir: string): Promise<Packet> {
  if ((await lstat(dir)).isSymbolicLink()) throw new IntakeError(`${dir} adalah tautan simbolik; sebutkan foldernya langsung.`);
  const application = await readManifest(dir);
  const listed = new Map(application.documents.map((d) => [d.fileName, d]));
  const problems: string[] = [];
  const files = new Map<string, Buffer>();
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'manifest.json' || clutter.test(entry.name)) continue;
    const doc = listed.get(entry.name);
    if (doc === undefined || !entry.isFile()) {
      problems.push(`"${entry.name}" tidak tercantum di manifest (atau bukan berkas biasa).`);
      continue;
    }
    const bytes = await readRegularFile(path.join(dir, entry.name), MAX_FILE_BYTES);
    total += bytes.length;
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== doc.size) problems.push(`Ukuran "${entry.name}" ${bytes.length} byte, manifest menyebut ${doc.size}.`);
    else if (digest !== doc.sha256) problems.push(`Isi "${entry.name}" tidak cocok dengan SHA-256 di manifest.`);
    else if (sniffMediaType(bytes) !== doc.mediaType) problems.push(`Jenis isi "${entry.name}" bukan ${doc.mediaType}.`);
    files.set(entry.name, bytes);
  }
  for (const name of listed.keys()) if (!files.has(name) && !problems.some((p) => p.includes(`"${name}"`))) problems.push(`"${name}" tercantum di manifest tetapi tidak ada di folder.`);
  if (total > MAX_TOTAL_BYTES) problems.push(`Paket terlalu besar (${total} byte).`);
  if (problems.length > 0) throw new IntakeError(`Paket ditolak, tidak ada yang disimpan:\n  ${problems.slice(0, 10).join('\n  ')}`);
  return { application, files };
}
