// The sample packets are real packets: every one imports cleanly as a folder and as a .zip, its
// PDFs pass qpdf and say on paper what the application data says, and writing them twice gives
// the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationFailing, applicationWithRegionalApproval, cleanApplication } from '../../../common/domain/fixtures';
import { formatDateLong } from '../../../common/domain/wording';
import { PacketImporter } from '../packets/importer';
import { Vault } from '../vault/vault';
import { buildPacketFiles, samplePackets, writeSamplePackets, type WrittenSample } from './sample-packets';

let dir: string;
let written: WrittenSample[];

beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'verikop-samples-'));
  written = await writeSamplePackets(dir);
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writeSamplePackets', () => {
  it('writes the clean application, one failing each requirement, and one with the Wali Kota approval', () => {
    expect(written.map((w) => w.name)).toEqual([
      'kcp-bontang-lengkap',
      ...['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'].map((r) => `kcp-bontang-gagal-${r}`),
      'kcp-bontang-persetujuan-wali-kota',
    ]);
    expect(written.filter((w) => w.fails !== undefined).map((w) => w.fails)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
  });

  it('every packet imports cleanly, as a folder and as a .zip, to the same application', async () => {
    const vault = Vault.forDataDir(join(dir, 'data'));
    const importer = new PacketImporter(vault);
    const expected = samplePackets();
    for (const [i, sample] of written.entries()) {
      const fromFolder = await importer.importPath(sample.folder);
      const fromZip = await importer.importPath(sample.zip);
      expect(fromFolder.warnings, sample.name).toEqual([]);
      expect(fromZip.application).toEqual(fromFolder.application);
      expect(fromZip.storedFiles, `${sample.name}: the zip holds the same bytes as the folder`).toBe(0);
      const { documents, ...facts } = fromFolder.application;
      const { documents: fixtureDocuments, ...fixtureFacts } = expected[i]?.application ?? cleanApplication();
      expect(facts).toEqual(fixtureFacts);
      expect(documents.map((d) => [d.id, d.requirement])).toEqual(fixtureDocuments.map((d) => [d.id, d.requirement]));
    }
  });

  it('is deterministic: the same application always gives the same bytes', async () => {
    const again = await buildPacketFiles(cleanApplication());
    const folder = written[0]?.folder ?? '';
    for (const file of again.files) expect(sha(file.bytes), file.name).toBe(sha(await fsp.readFile(join(folder, file.name))));
  });
});

describe('the documents', () => {
  const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

  it('pass qpdf --check', async () => {
    const folder = written[0]?.folder ?? '';
    for (const name of (await fsp.readdir(folder)).filter((n) => n.endsWith('.pdf'))) {
      expect(() => execFileSync('qpdf', ['--check', join(folder, name)], { stdio: 'pipe' }), name).not.toThrow();
    }
  });

  it('the member list shows every member NIK, across pages', () => {
    const text = pdfText(join(written[0]?.folder ?? '', 'daftar-anggota-bontang.pdf'));
    for (const member of cleanApplication().members) expect(text).toContain(member.nik);
    expect(text).toContain('Halaman 2 dari 2');
  });

  it('say on paper what fails: the expired permit, the foreign certificate holder, the missing staff', () => {
    const folderOf = (name: string) => written.find((w) => w.name === name)?.folder ?? '';
    const expiry = applicationFailing.R1().branchOffice.operatingPermit?.validUntil;
    expect(expiry).toBeDefined();
    expect(pdfText(join(folderOf('kcp-bontang-gagal-r1'), 'izin-operasional-kc.pdf'))).toContain(`Sampai dengan ${formatDateLong(expiry ?? cleanApplication().applicationDate)}`);
    const holder = applicationFailing.R8().competencyCertificate?.holder ?? '';
    expect(holder).not.toBe(cleanApplication().competencyCertificate?.holder);
    expect(pdfText(join(folderOf('kcp-bontang-gagal-r8'), 'sertifikat-kompetensi.pdf'))).toContain(holder);
    expect(pdfText(join(folderOf('kcp-bontang-gagal-r7'), 'daftar-calon-karyawan.pdf'))).toContain('Calon karyawan belum diusulkan');
    const approval = applicationWithRegionalApproval().regionalApproval?.number ?? '';
    expect(pdfText(join(folderOf('kcp-bontang-persetujuan-wali-kota'), 'persetujuan-wali-kota.pdf'))).toContain(approval);
  });
});
