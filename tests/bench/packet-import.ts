// 3. Packet import of ~100 MB: PacketImporter (read and hash, check every file by content, inspect
// PDFs, store in a vault batch) against a plain copy of the same files with fs.copyFile.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanApplication } from '../../common/domain/fixtures';
import { PacketImporter } from '../../electron/services/packets/importer';
import { buildPacketFiles, writePacketFolder, writePacketZip, type PacketFiles } from '../../electron/services/samples';
import { Vault } from '../../electron/services/vault/vault';
import { MB, bigPdf, fmt, median, repeat, scratch, type BenchContext, type Section } from './lib';

const BIG_FILES = 5;
const BIG_FILE_BYTES = 20 * MB;

/** The clean sample packet with its first five documents replaced by 20 MB scans. */
async function bigPacket(): Promise<PacketFiles> {
  const packet = await buildPacketFiles(cleanApplication());
  const files = [...packet.files];
  const documents = [...packet.manifest.application.documents];
  for (let i = 0; i < BIG_FILES && i < documents.length; i++) {
    const doc = documents[i];
    const file = files.findIndex((f) => f.name === doc?.fileName);
    if (doc === undefined || file < 0) throw new Error('sample packet changed shape');
    const bytes = await bigPdf({ targetBytes: BIG_FILE_BYTES, seed: 10 + i });
    files[file] = { name: doc.fileName, bytes };
    documents[i] = { ...doc, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), pages: 10 };
  }
  return { manifest: { ...packet.manifest, application: { ...packet.manifest.application, documents } }, files };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

export async function packetImportBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'packets');
  const packet = await bigPacket();
  const folder = path.join(dir, 'paket');
  const zip = path.join(dir, 'paket.zip');
  await writePacketFolder(folder, packet);
  await writePacketZip(zip, packet);
  const bytes = await folderBytes(folder);
  const n = Math.min(ctx.runs, 3);

  const fresh = async (name: string, i: number): Promise<string> => {
    const target = path.join(dir, `${name}-${String(i)}`);
    await rm(path.join(dir, `${name}-${String(i - 1)}`), { recursive: true, force: true });
    return target;
  };
  const importInto = async (source: string, name: string, i: number) => {
    const vault = Vault.forDataDir(await fresh(name, i));
    const result = await new PacketImporter(vault).importPath(source);
    if (result.storedFiles !== packet.files.length + 1) throw new Error(`import stored ${String(result.storedFiles)} files`);
  };
  const copyAll = async (i: number, durable: boolean) => {
    const target = await fresh(durable ? 'synced' : 'copy', i);
    await mkdir(target, { recursive: true });
    for (const name of await readdir(folder)) {
      await copyFile(path.join(folder, name), path.join(target, name));
      if (!durable) continue;
      const handle = await open(path.join(target, name), 'r+');
      await handle.sync();
      await handle.close();
    }
  };
  const seconds = { folder: [] as number[], zip: [] as number[], copy: [] as number[], synced: [] as number[] };
  for (let i = 0; i < n; i++) {
    seconds.copy.push(...(await repeat(1, () => copyAll(i, false))));
    seconds.synced.push(...(await repeat(1, () => copyAll(i, true))));
    seconds.folder.push(...(await repeat(1, () => importInto(folder, 'folder', i))));
    seconds.zip.push(...(await repeat(1, () => importInto(zip, 'zip', i))));
  }
  const rate = (ms: readonly number[]) => ms.map((t) => bytes / MB / (t / 1000));
  const importRate = median(rate(seconds.folder));
  const copyRate = median(rate(seconds.copy));
  return {
    title: `3. Packet import of ${fmt(bytes / MB, 0)} MB`,
    method: [
      `A packet folder (and the same packet as .zip) with ${String(packet.files.length)} PDFs + manifest.json, ${fmt(bytes / MB)} MB: the clean sample packet with ${String(BIG_FILES)} documents replaced by ${fmt(BIG_FILE_BYTES / MB, 0)} MB scans (limits: 50 MiB per file, 200 MiB per packet).`,
      `Each run imports into a fresh vault (no dedup hits); ${String(n)} runs. Reference: fs.copyFile of the same files into a fresh folder on the same disk; also shown with an fsync per file, since the vault makes every file durable. Files are in the page cache after the first read for both.`,
      'Throughput = packet bytes / wall time.',
    ],
    rows: [
      { name: 'import folder', unit: 'MB/s', samples: rate(seconds.folder), reference: 'plain copy' },
      { name: 'import .zip', unit: 'MB/s', samples: rate(seconds.zip), reference: 'plain copy' },
      { name: 'plain copy', unit: 'MB/s', samples: rate(seconds.copy) },
      { name: 'copy + fsync per file', unit: 'MB/s', samples: rate(seconds.synced), reference: 'plain copy' },
      { name: 'import folder time', unit: 'ms', samples: seconds.folder },
      { name: 'plain copy time', unit: 'ms', samples: seconds.copy },
    ],
    targets: [{ target: 'packet import ≥ 0.5× plain copy', measured: `${fmt(importRate / copyRate, 2)}× (folder), ${fmt(median(rate(seconds.zip)) / copyRate, 2)}× (.zip)`, met: importRate / copyRate >= 0.5 }],
    notes: [
      `A plain copy is one kernel copy (copy_file_range) per file, without fsync; it lands in the page cache, so it measures memory bandwidth more than the disk. The importer must do more with every byte: read it into memory (nothing is placed in the vault before the whole packet passed its checks), hash it (SHA-256, the manifest check and the vault address), inspect each PDF with a full pdf-lib parse, write it to the vault and make it durable. The fsync alone brings a copy to ${fmt(median(rate(seconds.synced)) / copyRate, 2)}× (the "copy + fsync" row); against copy + fsync the importer is at ${fmt(importRate / median(rate(seconds.synced)), 2)}×.`,
      'How an import runs since this round (issue 8; before: 0.15× folder, 0.07× .zip on a quieter machine): each file is hashed once, while it is read — a folder file in 4 MiB reads, each piece hashed while the next read runs; a .zip entry inflated in one zlib call (chunkSize = the entry size; at the 16 KiB default each piece was a thread-pool round trip and inflating was ~5× slower) one entry ahead of the one being hashed. That hash is also the vault address: the vault batch (electron/services/vault/batch.ts) takes only bytes hashed in this process and does not hash them again (before: a second full pass, plus a webcrypto pass that copied every file). Each file is staged — written and fsynced to the vault\'s tmp/ — as soon as it is read, so the disk works while later files are read and checked; commit renames sidecar and file into place and fsyncs each touched folder once for the batch (before: a folder fsync per file, and the writes only after all checks). A refused packet discards the batch (hostile corpus: vault byte-for-byte unchanged); commit resolves only after the folder fsyncs.',
      'What is left: (1) the main thread still does the SHA-256 (one pass, ~0.6 ms/MB with SHA extensions) and the PDF parses, and V8 runs a few full garbage collections per import because ~100 MB (~200 MB for a .zip: compressed + inflated) of buffers are allocated; hashing in a worker over shared buffers, or checking and releasing each file as it is read (manifest first, buffers reused), would take most of that off — a larger change to check-packet.ts. (2) The PDF inspection stays a full parse: the checks must see every dictionary, including those inside compressed object streams and #-escaped names (three of the hostile-packet tests); pdf-lib already skips image data by /Length; a partial parse would be faster only by not looking. (3) The .zip path reads compressed bytes and inflates and CRC-checks every byte on top of the folder path\'s work; packets sent as folders, or zips that store PDFs without compression (they do not shrink anyway), skip the inflate. (4) Every byte is copied twice (file → memory → vault) where the copy copies once in the kernel, and the vault\'s durability costs an fsync that the plain copy does not pay: 0.5× a plain copy is about the ceiling of this design even with everything overlapped; copy + fsync is the fairer reference.',
    ],
  };
}
