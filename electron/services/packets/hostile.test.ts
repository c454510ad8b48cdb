// The hostile corpus: one packet per attack, generated here. Each must be refused with its own
// code, and the vault — already holding an earlier import — must be byte-for-byte unchanged.
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationFailing, cleanApplication } from '../../../common/domain/fixtures';
import { buildPacketFiles, writePacketZip } from '../samples/sample-packets';
import { Vault } from '../vault/vault';
import { PacketImporter } from './importer';
import type { PacketLimits } from './limits';
import { PacketRefused, type PacketRefusalCode } from './problems';
import { entriesOf, forgeZip, snapshot, withDocument, writeFolder, type ForgedEntry, type PacketParts } from './testing/forge';
import { encryptedPdf, garbagePdf, hostilePdf, truncatedPdf } from './testing/hostile-pdfs';

const KiB = 1024;
const limits: PacketLimits = {
  maxFileBytes: 2048 * KiB,
  maxTotalBytes: 4096 * KiB,
  maxEntries: 30,
  maxManifestBytes: 1024 * KiB,
  maxCompressionRatio: 100,
  ratioCheckAfterBytes: 256 * KiB,
};

let root: string;
let vault: Vault;
let importer: PacketImporter;
let clean: PacketParts;
let vaultBefore: string[];
let counter = 0;

beforeAll(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'verikop-hostile-'));
  vault = Vault.forDataDir(join(root, 'data'));
  importer = new PacketImporter(vault, { limits });
  clean = await buildPacketFiles(cleanApplication());
  // An earlier, legitimate import, so "unchanged" is checked against a vault with content.
  const earlier = join(root, 'earlier.zip');
  await writePacketZip(earlier, await buildPacketFiles(applicationFailing.R2()));
  await importer.importPath(earlier);
  vaultBefore = await snapshot(vault.root);
  expect(vaultBefore.length).toBeGreaterThan(10);
});

afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

const firstPdf = () => clean.files[0]?.name ?? '';
const zipOf = (entries: readonly ForgedEntry[]) => async (): Promise<string> => {
  const path = join(root, `case-${++counter}.zip`);
  await fsp.writeFile(path, forgeZip(entries));
  return path;
};
const folderOf = (entries: readonly ForgedEntry[], extra?: (dir: string) => Promise<void>) => async (): Promise<string> => {
  const dir = join(root, `case-${++counter}`);
  await writeFolder(dir, entries);
  await extra?.(dir);
  return dir;
};
const withPdf = (pdf: () => Promise<Uint8Array | undefined>) => async (): Promise<string> => {
  const bytes = await pdf();
  if (bytes === undefined) throw new Error('qpdf is needed to build an encrypted PDF');
  return zipOf(entriesOf(withDocument(clean, firstPdf(), bytes)))();
};
const withManifest = (mutate: (m: Record<string, unknown>) => unknown) => async (): Promise<string> => {
  const manifest = structuredClone(clean.manifest) as unknown as Record<string, unknown>;
  const entries = entriesOf(clean);
  const data = new TextEncoder().encode(JSON.stringify(mutate(manifest) ?? manifest));
  return zipOf([{ name: 'manifest.json', data }, ...entries.slice(1)])();
};
const zeros = (n: number) => new Uint8Array(n);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const docs = (m: Record<string, unknown>) => (m.application as { documents: Record<string, unknown>[] }).documents;

const cases: readonly (readonly [string, PacketRefusalCode, () => Promise<string>])[] = [
  // --- archive structure
  ['entry escaping with ../', 'packet_unsafe_path', () => zipOf([...entriesOf(clean), { name: '../../.bashrc', data: zeros(3) }])()],
  ['absolute entry path', 'packet_unsafe_path', () => zipOf([...entriesOf(clean), { name: '/etc/cron.d/x', data: zeros(3) }])()],
  ['drive-letter entry path', 'packet_unsafe_path', () => zipOf([...entriesOf(clean), { name: 'C:/Windows/x.pdf', data: zeros(3) }])()],
  ['backslash entry path', 'packet_unsafe_path', () => zipOf([...entriesOf(clean), { name: 'docs\\..\\..\\x.pdf', data: zeros(3) }])()],
  ['symlink entry', 'packet_symlink', () => zipOf([...entriesOf(clean), { name: 'kunci', data: new TextEncoder().encode('/etc/shadow'), unixMode: 0o120777 }])()],
  ['duplicate entry', 'packet_duplicate_entry', () => zipOf([...entriesOf(clean), { name: firstPdf(), data: zeros(3) }])()],
  ['case-colliding entries', 'packet_name_collision', () => zipOf([...entriesOf(clean), { name: firstPdf().toUpperCase(), data: zeros(3) }])()],
  ['compression bomb by ratio', 'packet_zip_bomb', () => zipOf([...entriesOf(clean), { name: 'bom.pdf', data: zeros(1536 * KiB), deflate: true }])()],
  ['size in header lies', 'packet_zip_bomb', () => zipOf([...entriesOf(clean), { name: 'bohong.pdf', data: zeros(300 * KiB), deflate: true, declaredSize: 1000 }])()],
  ['file too large', 'packet_file_too_large', () => zipOf([...entriesOf(clean), { name: 'besar.pdf', data: zeros(2100 * KiB) }])()],
  ['total too large', 'packet_too_large', () => zipOf([...entriesOf(clean), ...[1, 2, 3].map((i) => ({ name: `isi-${i}.pdf`, data: zeros(1500 * KiB) }))])()],
  ['too many entries', 'packet_too_many_entries', () => zipOf([...entriesOf(clean), ...Array.from({ length: 30 }, (_, i) => ({ name: `x${i}.pdf`, data: zeros(1) }))])()],
  ['encrypted entry', 'packet_zip_encrypted', () => zipOf([...entriesOf(clean), { name: 'rahasia.pdf', data: zeros(20), encrypted: true }])()],
  ['wrong CRC-32', 'packet_zip_invalid', () => zipOf(entriesOf(clean).map((e, i) => (i === 1 ? { ...e, crc: 12345 } : e)))()],
  // Entries are inflated one ahead of the one being checked; the archive's order still decides.
  ['wrong CRC-32 right before an escaping entry: the earlier fault is reported', 'packet_zip_invalid', () => {
    const [manifest, first, ...rest] = entriesOf(clean);
    if (manifest === undefined || first === undefined) throw new Error('sample packet changed shape');
    return zipOf([manifest, { ...first, crc: 12345 }, { name: '../../.bashrc', data: zeros(3) }, ...rest])();
  }],
  ['not a zip at all', 'packet_zip_invalid', async () => {
    const path = join(root, `case-${++counter}.zip`);
    await fsp.writeFile(path, '<html><script>alert(1)</script></html>');
    return path;
  }],
  // --- manifest
  ['no manifest', 'packet_manifest_missing', () => zipOf(entriesOf(clean).slice(1))()],
  ['manifest not JSON', 'packet_manifest_invalid', () => zipOf([{ name: 'manifest.json', data: new TextEncoder().encode('{"formatVersion":1,') }, ...entriesOf(clean).slice(1)])()],
  ['manifest breaks the application schema', 'packet_manifest_invalid', withManifest((m) => void ((m.application as { applicant: { nib: string } }).applicant.nib = '12-34'))],
  ['manifest from a newer format', 'packet_format_unsupported', withManifest((m) => ({ ...m, formatVersion: 2 }))],
  ['document name escaping in the manifest', 'packet_manifest_invalid', withManifest((m) => void (docs(m)[0] = { ...docs(m)[0], fileName: '../izin.pdf' }))],
  ['document type a browser would run', 'packet_manifest_invalid', withManifest((m) => void (docs(m)[0] = { ...docs(m)[0], mediaType: 'text/html' }))],
  ['two documents naming one file', 'packet_manifest_invalid', withManifest((m) => void (docs(m)[1] = { ...docs(m)[1], fileName: firstPdf() }))],
  // --- files against the manifest
  ['file not in the manifest', 'packet_unlisted_file', () => zipOf([...entriesOf(clean), { name: 'catatan.pdf', data: zeros(9) }])()],
  ['file named but missing', 'packet_missing_file', () => zipOf(entriesOf(clean).slice(0, -1))()],
  ['size differs from the manifest', 'packet_size_mismatch', () => zipOf(entriesOf(clean).map((e, i) => (i === 1 ? { ...e, data: new Uint8Array([...e.data, 0x0a]) } : e)))()],
  ['bytes differ from the SHA-256', 'packet_hash_mismatch', () => zipOf(entriesOf(clean).map((e, i) => (i === 1 ? { ...e, data: e.data.map((b, j) => (j === 200 ? b ^ 1 : b)) } : e)))()],
  ['PNG declared as PDF', 'packet_media_type_mismatch', () => zipOf(entriesOf(withDocument(clean, firstPdf(), png)))()],
  ['HTML declared as PDF', 'packet_media_type_unsupported', () => zipOf(entriesOf(withDocument(clean, firstPdf(), new TextEncoder().encode('<!doctype html><script>x</script>'))))()],
  // --- PDFs
  ['truncated PDF', 'packet_pdf_broken', withPdf(truncatedPdf)],
  ['unparsable PDF', 'packet_pdf_broken', withPdf(() => Promise.resolve(garbagePdf()))],
  ['encrypted PDF', 'packet_pdf_encrypted', withPdf(encryptedPdf)],
  ['PDF with JavaScript', 'packet_pdf_javascript', withPdf(() => hostilePdf('javascript'))],
  ['PDF with JavaScript inside an object stream', 'packet_pdf_javascript', withPdf(() => hostilePdf('javascript-in-object-stream'))],
  ['PDF with JavaScript behind #-escaped names', 'packet_pdf_javascript', withPdf(() => hostilePdf('javascript-escaped-name'))],
  ['PDF with a Launch action', 'packet_pdf_launch', withPdf(() => hostilePdf('launch'))],
  ['PDF with an embedded file', 'packet_pdf_embedded_file', withPdf(() => hostilePdf('embedded-file'))],
  ['PDF with rich media', 'packet_pdf_rich_media', withPdf(() => hostilePdf('rich-media'))],
  // --- folders
  ['folder with a symlink', 'packet_symlink', () => folderOf(entriesOf(clean), (dir) => fsp.symlink('/etc/passwd', join(dir, 'tautan.pdf')))()],
  ['folder with a subfolder', 'packet_unlisted_file', () => folderOf(entriesOf(clean), (dir) => fsp.mkdir(join(dir, 'lain')))()],
  ['packet path that is a symlink', 'packet_symlink', async () => {
    const target = await folderOf(entriesOf(clean))();
    const link = `${target}-link`;
    await fsp.symlink(target, link);
    return link;
  }],
];

describe('hostile packets are refused and change nothing', () => {
  it.each(cases)('%s → %s', async (_label, code, make) => {
    const path = await make();
    const error = await importer.importPath(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PacketRefused);
    const refused = error as PacketRefused;
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(/^Paket ditolak, tidak ada yang disimpan\./);
    expect(await snapshot(vault.root)).toEqual(vaultBefore);
  });

  it('names the file and the problem in Indonesian', async () => {
    const error = await importer.importPath(await withPdf(() => hostilePdf('javascript'))()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacketRefused);
    const refused = error as PacketRefused;
    expect(refused.problems[0]?.fileName).toBe(firstPdf());
    expect(refused.message).toContain(`"${firstPdf()}"`);
    expect(refused.message).toContain('JavaScript');
  });

  it('reports every problem of a packet at once', async () => {
    const entries = entriesOf(clean).map((e, i) => (i === 1 || i === 2 ? { ...e, data: e.data.map((b, j) => (j === 300 ? b ^ 1 : b)) } : e));
    const error = await importer.importPath(await zipOf([...entries, { name: 'lampiran-lain.pdf', data: zeros(5) }])()).catch((e: unknown) => e);
    expect((error as PacketRefused).problems.map((p) => p.code).sort()).toEqual(['packet_hash_mismatch', 'packet_hash_mismatch', 'packet_unlisted_file']);
    expect(await snapshot(vault.root)).toEqual(vaultBefore);
  });
});
