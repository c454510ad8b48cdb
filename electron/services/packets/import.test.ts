// Clean packets import, from a folder and from a .zip, idempotently; warnings for what is
// accepted but worth a look; and all-or-nothing when the disk fills up while storing.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanApplication } from '../../../common/domain/fixtures';
import { buildPacketFiles, writePacketFolder, writePacketZip, type PacketFiles } from '../samples/sample-packets';
import { Vault } from '../vault/vault';
import { nodeVaultFs, type VaultFs } from '../vault/vault-fs';
import type { ImportProgress } from './contents';
import { PacketImporter } from './importer';
import { entriesOf, forgeZip, snapshot, withDocument } from './testing/forge';
import { hostilePdf } from './testing/hostile-pdfs';

let clean: PacketFiles;
let work: string;
let vault: Vault;

beforeAll(async () => {
  clean = await buildPacketFiles(cleanApplication());
});
beforeEach(async () => {
  work = await fsp.mkdtemp(join(tmpdir(), 'verikop-import-'));
  vault = Vault.forDataDir(join(work, 'data'));
});
afterEach(async () => {
  await fsp.rm(work, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('a clean packet', () => {
  it('imports from a .zip: every document lands in the vault under its hash, the manifest last', async () => {
    const zip = join(work, 'paket.zip');
    await writePacketZip(zip, clean);
    const progress: ImportProgress[] = [];
    const result = await new PacketImporter(vault, { onProgress: (p) => progress.push(p) }).importPath(zip);

    expect(result.application.id).toBe('app-2026-0042');
    expect(result.warnings).toEqual([]);
    expect(result.storedFiles).toBe(clean.files.length + 1);
    for (const doc of result.application.documents) {
      const stored = await vault.read(doc.sha256);
      expect(stored.mediaType).toBe(doc.mediaType);
      expect(stored.bytes.byteLength).toBe(doc.size);
    }
    expect((await vault.read(result.manifestSha256)).mediaType).toBe('application/json');
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['reading', 'checking', 'storing']));
    const storing = progress.filter((p) => p.phase === 'storing');
    expect(storing.at(-2)?.fileName).toBe('manifest.json');
    expect(storing.at(-1)).toEqual({ phase: 'storing', done: clean.files.length + 1, total: clean.files.length + 1 });
  });

  it('imports from a folder, and a second import stores nothing new', async () => {
    const folder = join(work, 'paket');
    await writePacketFolder(folder, clean);
    const importer = new PacketImporter(vault);
    const first = await importer.importPath(folder);
    const after = await snapshot(vault.root);

    const second = await importer.importPath(folder);

    expect(second.storedFiles).toBe(0);
    expect(second.reusedFiles).toBe(first.storedFiles);
    expect(second.application).toEqual(first.application);
    expect(await snapshot(vault.root)).toEqual(after);
  });

  it('accepts a .zip made by "compress folder" (one top folder) and skips OS clutter with a remark', async () => {
    const entries = entriesOf(clean).map((e) => ({ ...e, name: `Paket KSP/${e.name}` }));
    const zip = join(work, 'dibungkus.zip');
    await fsp.writeFile(zip, forgeZip([...entries, { name: '__MACOSX/Paket KSP/._manifest.json', data: new Uint8Array(4) }, { name: 'Paket KSP/.DS_Store', data: new Uint8Array(8) }]));
    const result = await new PacketImporter(vault).importPath(zip);
    expect(result.application.documents).toHaveLength(clean.files.length);
    expect(result.warnings.map((w) => w.code)).toEqual(['packet_ignored_file', 'packet_ignored_file']);
  });

  it('a scan larger than several reads: hashed piece by piece while read, stored under the manifest\'s hash', async () => {
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]);
    scan.context.register(scan.context.stream(randomBytes(9 * 1024 * 1024), { Type: 'XObject', Subtype: 'Image', Width: 1024, Height: 3072, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }));
    const bytes = await scan.save({ useObjectStreams: false });
    const packet = withDocument(clean, clean.files[0]?.name ?? '', bytes);
    const folder = join(work, 'besar');
    await writePacketFolder(folder, packet);
    const zip = join(work, 'besar.zip');
    await fsp.writeFile(zip, forgeZip(entriesOf(packet)));

    for (const source of [folder, zip]) {
      const result = await new PacketImporter(Vault.forDataDir(join(work, `data-${source === zip ? 'zip' : 'folder'}`))).importPath(source);
      expect(result.application.documents[0]?.sha256).toBe(sha(bytes));
      expect(result.storedFiles).toBe(clean.files.length + 1);
    }
    // Byte for byte (Buffer.equals: toEqual walks 9 MiB element by element, over a minute on a busy machine).
    const kept = (await Vault.forDataDir(join(work, 'data-folder')).read(sha(bytes))).bytes;
    expect(Buffer.from(kept).equals(Buffer.from(bytes))).toBe(true);
  });

  it('accepts PNG and JPEG documents recognised by their bytes', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2]);
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    const [a, b] = clean.files;
    let packet = withDocument(clean, a?.name ?? '', png, 'image/png');
    packet = withDocument(packet, b?.name ?? '', jpeg, 'image/jpeg');
    const zip = join(work, 'gambar.zip');
    await fsp.writeFile(zip, forgeZip(entriesOf(packet)));
    const result = await new PacketImporter(vault).importPath(zip);
    expect((await vault.read(sha(png))).mediaType).toBe('image/png');
    expect((await vault.read(sha(jpeg))).mediaType).toBe('image/jpeg');
    expect(result.warnings).toEqual([]);
  });
});

describe('accepted with a warning', () => {
  it.each([
    ['submit-form', 'packet_pdf_form_action'],
    ['open-to-page', undefined],
  ] as const)('a PDF with %s', async (kind, warning) => {
    const name = clean.files[0]?.name ?? '';
    const zip = join(work, 'peringatan.zip');
    await fsp.writeFile(zip, forgeZip(entriesOf(withDocument(clean, name, await hostilePdf(kind)))));
    const result = await new PacketImporter(vault).importPath(zip);
    expect(result.warnings.map((w) => w.code)).toEqual(warning === undefined ? [] : [warning]);
    if (warning !== undefined) expect(result.warnings[0]?.fileName).toBe(name);
  });

  it('a page count that differs from the manifest', async () => {
    const packet = structuredClone(clean);
    const doc = packet.manifest.application.documents[0];
    if (doc) doc.pages = 7;
    const zip = join(work, 'halaman.zip');
    await writePacketZip(zip, packet);
    const result = await new PacketImporter(vault).importPath(zip);
    expect(result.warnings.map((w) => w.code)).toEqual(['packet_pages_mismatch']);
  });
});

describe('all or nothing while storing', () => {
  it('a disk that fills up on the fourth document: the files of this import are removed again', async () => {
    const earlier = await vault.put(new TextEncoder().encode('%PDF-1.7\nsebelumnya\n%%EOF'), { mediaType: 'application/pdf' });
    const before = await snapshot(vault.root);
    let creates = 0;
    const fillsUp: VaultFs = {
      ...nodeVaultFs,
      async createExclusive(path) {
        creates += 1;
        if (creates === 7) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); // blob+sidecar per file
        return nodeVaultFs.createExclusive(path);
      },
    };
    const zip = join(work, 'penuh.zip');
    await writePacketZip(zip, clean);

    const error = await new PacketImporter(Vault.forDataDir(join(work, 'data'), { fs: fillsUp })).importPath(zip).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'vault_full' });
    expect(await snapshot(vault.root)).toEqual(before);
    expect(await vault.has(earlier.sha256)).toBe(true);
  });
});
