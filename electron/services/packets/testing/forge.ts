// Test support only (no production module imports this): builds packets byte by byte, including
// the malformed and hostile ones no well-behaved zip library would write — names that escape,
// symlink entries, sizes that lie, encrypted flags, wrong CRCs.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import type { PacketManifestInput } from '../manifest';

export interface ForgedEntry {
  /** Raw name as stored in the archive (no checks, no normalisation). */
  readonly name: string;
  readonly data: Uint8Array;
  readonly deflate?: boolean;
  /** Uncompressed size written in the headers, when it should lie. */
  readonly declaredSize?: number;
  /** Unix mode for the external attributes (0o120777 makes a symlink entry). */
  readonly unixMode?: number;
  /** Sets the "traditional encryption" flag. */
  readonly encrypted?: boolean;
  /** CRC-32 written in the headers, when it should be wrong. */
  readonly crc?: number;
}

/** A .zip from entries, with local headers, central directory and end record written by hand. */
export function forgeZip(entries: readonly ForgedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.deflate === true ? deflateRawSync(e.data) : Buffer.from(e.data);
    // Traditional encryption prefixes the data with a 12-byte header.
    const body = e.encrypted === true ? Buffer.concat([Buffer.alloc(12, 0x5a), packed]) : packed;
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.byteLength;
    const flags = 0x0800 | (e.encrypted === true ? 0x0001 : 0);
    const method = e.deflate === true ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x5c620000, 10); // a fixed DOS time and date
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.unixMode === undefined ? 20 : (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x5c620000, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(e.unixMode === undefined ? 0 : (e.unixMode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + body.byteLength;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export interface PacketParts {
  readonly manifest: PacketManifestInput;
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

export const manifestJson = (manifest: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(manifest, null, 2));

/** The packet's entries: manifest.json first, then the files. */
export function entriesOf(packet: PacketParts, options: { deflate?: boolean } = {}): ForgedEntry[] {
  return [
    { name: 'manifest.json', data: manifestJson(packet.manifest), deflate: options.deflate ?? true },
    ...packet.files.map((f) => ({ name: f.name, data: f.bytes, deflate: options.deflate ?? true })),
  ];
}

/** Replaces one document's bytes and updates its size and hash in the manifest to match. */
export function withDocument(packet: PacketParts, fileName: string, bytes: Uint8Array, mediaType?: string): PacketParts {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const documents = packet.manifest.application.documents.map((d) =>
    d.fileName === fileName ? { ...d, size: bytes.byteLength, sha256, mediaType: mediaType ?? d.mediaType, pages: undefined } : d,
  );
  return {
    manifest: { ...packet.manifest, application: { ...packet.manifest.application, documents } },
    files: packet.files.map((f) => (f.name === fileName ? { name: f.name, bytes } : f)),
  };
}

export async function writeFolder(dir: string, entries: readonly ForgedEntry[]): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  for (const e of entries) await fsp.writeFile(join(dir, e.name), e.data);
}

/** Every file under `dir` with its SHA-256: equal snapshots mean byte-for-byte equal trees. */
export async function snapshot(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const lines: string[] = [];
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    const rel = relative(dir, path);
    if (e.isFile()) lines.push(`${rel} ${createHash('sha256').update(await fsp.readFile(path)).digest('hex')}`);
    else if (e.isDirectory()) lines.push(`${rel}/`);
    else lines.push(`${rel} (other)`);
  }
  return lines.sort();
}
