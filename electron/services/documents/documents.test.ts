// documents.generate on a real vault, judged by poppler and qpdf: the text people must find is
// there, nothing is drawn over anything else or outside the page, long findings break across
// pages with the header repeated, photos land in the appendix, prepared signature fields are
// listed by pdfsig — and the generated documents sign and verify.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/contract';
import { documentsCalls } from '../../../common/contract/documents';
import type { CalendarDate, Finding } from '../../../common/domain';
import {
  applicationFailing,
  cleanApplication,
  sampleAddressee,
  sampleHeadOfAgency,
  sampleOffice,
  sampleSupervisor,
  sampleTeam,
  suggestedFindings,
  VERIFICATION_DATE,
} from '../../../common/domain/fixtures';
import { DemoCa } from '../signing/demo-pki';
import { pdfsig, qpdfCheck } from '../signing/external-check';
import { LocalP12Signer } from '../signing/p12-signer';
import { joinSigned, signPdf } from '../signing/pades';
import { verifyPdf } from '../signing/verify';
import { Vault } from '../vault/vault';
import { documentsHandlers, type DocumentProgress } from './service';

const on = VERIFICATION_DATE as CalendarDate;

interface Word {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface Extracted {
  readonly pages: string[];
  readonly words: Word[];
  readonly width: number;
  readonly height: number;
}

async function extract(pdf: Uint8Array): Promise<Extracted> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verikop-doc-'));
  const file = path.join(dir, 'doc.pdf');
  await writeFile(file, pdf);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const words: Word[] = [];
  let page = -1;
  for (const line of bbox.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] ?? '' });
  }
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox);
  return { pages, words, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Words that overlap another word on the same page (boxes trimmed by the font's line gap). */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  const trim = (w: Word) => {
    const v = (w.y1 - w.y0) * 0.15;
    return { x0: w.x0 + 0.3, x1: w.x1 - 0.3, y0: w.y0 + v, y1: w.y1 - v };
  };
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      const a = words[i];
      const b = words[j];
      if (a === undefined || b === undefined || a.page !== b.page) continue;
      const p = trim(a);
      const q = trim(b);
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) found.push(`p${String(a.page + 1)}: "${a.text}" / "${b.text}"`);
    }
  }
  return found;
}

function expectClean(doc: Extracted): void {
  expect(overlaps(doc.words)).toEqual([]);
  const outside = doc.words.filter((w) => w.x0 < 40 || w.x1 > doc.width - 40 || w.y0 < 20 || w.y1 > doc.height - 15);
  expect(outside.map((w) => w.text)).toEqual([]);
}

const reportInput = (app = cleanApplication(), findings: readonly Finding[] = suggestedFindings(app, on)) => ({
  application: app,
  findings,
  number: '500.3/016/DKUKMP/2026',
  date: on,
  office: sampleOffice,
  team: sampleTeam,
  acknowledgedBy: sampleSupervisor,
});

const letterInput = (app = cleanApplication()) => ({
  application: app,
  findings: suggestedFindings(app, on),
  number: '500.3/017/DKUKMP/2026',
  date: '2026-03-31',
  office: sampleOffice,
  addressee: sampleAddressee,
  report: { number: '500.3/016/DKUKMP/2026', date: on },
  signatory: sampleHeadOfAgency,
  attachments: 1,
  carbonCopies: ['Wali Kota Bontang (sebagai laporan)', 'Arsip'],
  verificationUrl: 'https://verikop.bontangkota.go.id/v/8f3a2c',
});

describe('documents.generate', () => {
  let vault: Vault;
  let progress: DocumentProgress[];
  let generate: (input: unknown) => Promise<{ sha256: string; pageCount: number; signatureFields: { field: string }[]; recommendation: string }>;
  let failure: (input: unknown) => Promise<{ code: string; message: string }>;

  beforeAll(async () => {
    vault = Vault.forDataDir(await mkdtemp(path.join(tmpdir(), 'verikop-docs-')));
    progress = [];
    const handlers = documentsHandlers({ vault, signatureIssuer: 'Verikop Demo CA', now: () => new Date('2026-03-31T01:00:00Z'), onProgress: (p) => progress.push(p) });
    const run = (input: unknown) => dispatch(documentsCalls, handlers, 'documents.generate', input);
    generate = async (input) => {
      const r = await run(input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as Awaited<ReturnType<typeof generate>>;
    };
    failure = async (input) => {
      const r = await run(input);
      if (r.ok) throw new Error('expected a failure');
      return r.error;
    };
  });

  it('lays out the Berita Acara with its parts, signature fields and page numbers', async () => {
    const out = await generate({ kind: 'verification_report', requestId: 'ba-1', input: reportInput() });
    expect(out).toMatchObject({ recommendation: 'issue', signatureFields: [{ field: 'tim_1' }, { field: 'tim_2' }, { field: 'mengetahui' }] });
    const pdf = (await vault.read(out.sha256)).bytes;
    const doc = await extract(pdf);
    const text = doc.pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA BONTANG',
      'BERITA ACARA VERIFIKASI TEKNIS',
      'Nomor: 500.3/016/DKUKMP/2026',
      'Pada hari ini Senin, tanggal tiga puluh bulan Maret tahun dua ribu dua puluh enam',
      'Andi Pratiwi Rahman, S.E.',
      'NIP. 19820315 200801 2 007',
      'Mengetahui,',
      'Bontang, 30 Maret 2026',
      'diterbitkan oleh Verikop Demo CA',
      `Halaman 1 dari ${String(out.pageCount)}`,
      `Halaman ${String(out.pageCount)} dari ${String(out.pageCount)}`,
    ]) {
      expect(text).toContain(expected);
    }
    expectClean(doc);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    expect((await pdfsig(pdf)).map((s) => [s.field, s.signed])).toEqual([
      ['tim_1', false],
      ['tim_2', false],
      ['mengetahui', false],
    ]);
    expect(progress.filter((p) => p.requestId === 'ba-1').map((p) => p.step)).toEqual([0, 1, 2, 3]);
    // Same input at the same generation time: the same file, so the vault keeps one copy.
    expect((await generate({ kind: 'verification_report', input: reportInput() })).sha256).toBe(out.sha256);
  });

  it('lays out a rejecting Surat Rekomendasi with reasons, QR caption, tembusan and the verification address', async () => {
    const out = await generate({ kind: 'recommendation_letter', input: letterInput(applicationFailing.R8()) });
    expect(out.recommendation).toBe('reject');
    const pdf = (await vault.read(out.sha256)).bytes;
    const doc = await extract(pdf);
    const text = doc.pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'Nomor : 500.3/017/DKUKMP/2026',
      'Lampiran : 1 (satu) berkas',
      'Rekomendasi Penolakan',
      'Bontang, 31 Maret 2026',
      'Yth. Kepala Dinas Penanaman Modal',
      'merekomendasikan PENOLAKAN',
      'berbeda dengan calon pimpinan',
      'Demikian rekomendasi ini',
      'Pindai kode QR',
      'Tembusan:',
      '1. Wali Kota Bontang (sebagai laporan)',
      'https://verikop.bontangkota.go.id/v/8f3a2c',
      'NIP. 19700120 199603 1 004',
    ]) {
      expect(text).toContain(expected);
    }
    expectClean(doc);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
  });

  it('wraps a very long note and breaks the findings table across pages, repeating its header', async () => {
    const long = Array.from({ length: 50 }, (_, i) => `Kalimat catatan nomor ${String(i + 1)} tentang laporan keuangan yang diperiksa di lokasi.`).join(' ');
    const app = cleanApplication();
    const findings = suggestedFindings(app, on).map((f) => (f.requirement === 'R4' ? { ...f, note: long } : f));
    const out = await generate({ kind: 'verification_report', input: reportInput(app, findings) });
    const doc = await extract((await vault.read(out.sha256)).bytes);
    const withRows = doc.pages.filter((p) => p.includes('Kalimat catatan nomor'));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toContain('Fakta dan catatan verifikator');
    const all = doc.pages.join(' ').replace(/\s+/g, ' ');
    expect(all).toContain('Kalimat catatan nomor 50 tentang laporan keuangan yang diperiksa di lokasi.');
    expectClean(doc);
  });

  it('puts site photos in the appendix with their caption, time and place', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verikop-photo-'));
    execFileSync('convert', ['-size', '800x600', 'gradient:skyblue-seagreen', path.join(dir, 'a.jpg')]);
    execFileSync('convert', ['-size', '300x400', 'xc:orange', path.join(dir, 'b.png')]);
    const { readFile } = await import('node:fs/promises');
    const jpg = await vault.put(await readFile(path.join(dir, 'a.jpg')), { mediaType: 'image/jpeg' });
    const png = await vault.put(await readFile(path.join(dir, 'b.png')), { mediaType: 'image/png' });
    const app = cleanApplication();
    const photo = (sha: string) => ({ kind: 'photo' as const, blobSha256: sha, takenAt: '2026-03-30T02:15:00Z', lat: 0.1207, lon: 117.4856 });
    const findings = suggestedFindings(app, on).map((f) =>
      f.requirement === 'R2' ? { ...f, evidence: [...f.evidence, photo(jpg.sha256)] } : f.requirement === 'R6' ? { ...f, evidence: [...f.evidence, photo(png.sha256)] } : f,
    );
    const out = await generate({ kind: 'verification_report', input: reportInput(app, findings) });
    const pdf = (await vault.read(out.sha256)).bytes;
    const doc = await extract(pdf);
    const text = doc.pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('LAMPIRAN FOTO VERIFIKASI LAPANGAN');
    expect(text).toContain('Foto 1. R2');
    expect(text).toContain('Foto 2. R6');
    expect(text).toContain('Waktu: 30 Maret 2026 pukul 10.15 WITA');
    expect(text).toContain('Lokasi: 0,12070° LU, 117,48560° BT');
    const file = path.join(dir, 'ba.pdf');
    await writeFile(file, pdf);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(images.map((l) => l.trim().split(/\s+/).slice(3, 5))).toEqual([
      ['800', '600'],
      ['300', '400'],
    ]);
    expectClean(doc);
  });

  it('refuses what cannot become a document, in Indonesian, storing nothing', async () => {
    const before = (await vault.list()).length;
    const incomplete = suggestedFindings(cleanApplication(), on).filter((f) => f.requirement !== 'R4');
    expect(await failure({ kind: 'verification_report', input: reportInput(cleanApplication(), incomplete) })).toMatchObject({
      code: 'decision_incomplete',
      message: expect.stringContaining('R4') as string,
    });
    const missingPhoto = suggestedFindings(cleanApplication(), on).map((f) =>
      f.requirement === 'R2' ? { ...f, evidence: [{ kind: 'photo' as const, blobSha256: 'cd'.repeat(32) }] } : f,
    );
    expect(await failure({ kind: 'verification_report', input: reportInput(cleanApplication(), missingPhoto) })).toMatchObject({
      code: 'photo_missing',
      message: expect.stringContaining('Foto 1') as string,
    });
    expect(await failure({ kind: 'recommendation_letter', input: { ...letterInput(), verificationUrl: 'http://contoh.go.id/v/1' } })).toMatchObject({ code: 'bad_input' });
    expect(await failure({ kind: 'verification_report', input: { ...reportInput(), team: [] } })).toMatchObject({ code: 'bad_input' });
    expect((await vault.list()).length).toBe(before);
  });

  it('produces documents that two people sign in turn, valid for pdfsig and verify()', async () => {
    const ca = DemoCa.create(new Date('2026-03-01T00:00:00Z'));
    const open = (name: string, nip: string) =>
      LocalP12Signer.open(ca.issueSigner({ commonName: name, nip }, 'sandi', new Date('2026-03-01T00:00:00Z')).p12, 'sandi');
    const out = await generate({ kind: 'verification_report', input: reportInput() });
    const unsigned = (await vault.read(out.sha256)).bytes;
    const at = new Date('2026-03-30T03:00:00Z');
    const once = joinSigned(await signPdf(unsigned, open(sampleTeam[0]?.name ?? '', sampleTeam[0]?.nip ?? ''), { field: 'tim_1', reason: 'Verifikasi teknis', location: 'Bontang', signedAt: at }));
    const twice = joinSigned(await signPdf(once, open(sampleSupervisor.name, sampleSupervisor.nip), { field: 'mengetahui', reason: 'Mengetahui', location: 'Bontang', signedAt: at }));
    const sigs = (await pdfsig(twice)).filter((s) => s.signed);
    expect(sigs.map((s) => [s.field, s.validation, s.totalDocumentSigned])).toEqual([
      ['tim_1', 'Signature is Valid.', false],
      ['mengetahui', 'Signature is Valid.', true],
    ]);
    const report = await verifyPdf(twice, [ca.certificateDer]);
    expect(report.signatures.map((s) => [s.field, s.status, s.chainTrusted, s.coversWholeFile])).toEqual([
      ['tim_1', 'valid', true, false],
      ['mengetahui', 'valid', true, true],
    ]);
    expect(report.unsignedFields).toEqual(['tim_2']);
    expect((await qpdfCheck(twice)).ok).toBe(true);
    expectClean(await extract(twice));
  });
});
