import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings';
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
} from '../fixtures';
import { buildRecommendationLetter, buildVerificationReport, formatCoordinates, formatInstantWita, officialSchema } from './index';

const on = VERIFICATION_DATE as CalendarDate;
const photo = { kind: 'photo' as const, blobSha256: 'ab'.repeat(32), takenAt: '2026-03-30T02:15:00Z', lat: 0.1207, lon: 117.4856 };

const report = (app = cleanApplication(), findings: readonly Finding[] = suggestedFindings(app, on)) =>
  buildVerificationReport({ application: app, findings, number: '500.3/016/DKUKMP/2026', date: on, office: sampleOffice, team: sampleTeam, acknowledgedBy: sampleSupervisor });

const letter = (app = cleanApplication(), findings: readonly Finding[] = suggestedFindings(app, on)) =>
  buildRecommendationLetter({
    application: app,
    findings,
    number: '500.3/017/DKUKMP/2026',
    date: '2026-03-31' as CalendarDate,
    office: sampleOffice,
    addressee: sampleAddressee,
    report: { number: '500.3/016/DKUKMP/2026', date: on },
    signatory: sampleHeadOfAgency,
    attachments: 1,
    carbonCopies: ['Wali Kota Bontang (sebagai laporan)', 'Arsip'],
    verificationUrl: 'https://verikop.bontangkota.go.id/v/8f3a2c',
  });

describe('Berita Acara Verifikasi', () => {
  it('words the opening, lists the findings in order and concludes issue', () => {
    const r = report();
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    expect(v.opening).toContain('Pada hari ini Senin, tanggal tiga puluh bulan Maret tahun dua ribu dua puluh enam, kami yang bertanda tangan');
    expect(v.opening).toContain('Tim Teknis Dinas Koperasi, Usaha Kecil Menengah, dan Perdagangan Kota Bontang');
    expect(v.findings.map((f) => `${f.requirement}:${f.statusLabel}`)).toEqual(['R1:Sesuai', 'R2:Sesuai', 'R3:Sesuai', 'R4:Sesuai', 'R5:Tidak berlaku', 'R6:Sesuai', 'R7:Sesuai', 'R8:Sesuai']);
    expect(v.findings[0]?.evidence).toEqual(['izin-operasional-kc.pdf hlm. 1']);
    expect(v.recommendation).toBe('issue');
    expect(v.conclusion).toContain('MEMENUHI seluruh persyaratan');
    expect(v.placeAndDate).toBe('Bontang, 30 Maret 2026');
    expect(v.team.map((m) => m.number)).toEqual([1, 2]);
    expect(v.acknowledgement).toEqual({ heading: 'Mengetahui,', official: sampleSupervisor });
    expect(v.examined).toContainEqual({ label: 'Titik koordinat KCP', value: '0,12070° LU, 117,48560° BT' });
  });

  it('numbers site photos once, in requirement order, with time in WITA and place', () => {
    const findings = suggestedFindings(cleanApplication(), on).map((f) =>
      f.requirement === 'R2' || f.requirement === 'R3' ? { ...f, evidence: [...f.evidence, photo] } : f,
    );
    const r = report(cleanApplication(), findings);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.photos).toEqual([
      { number: 1, blobSha256: photo.blobSha256, requirement: 'R2', caption: 'R2 — Kegiatan usaha simpan pinjam ≥ 6 bulan', takenAt: '30 Maret 2026 pukul 10.15 WITA', location: '0,12070° LU, 117,48560° BT' },
    ]);
    expect(r.value.findings[2]?.evidence).toEqual(['daftar-anggota-bontang.pdf hlm. 1', 'Foto 1']);
  });

  it('marks a photo time read as WITA from a zoneless camera clock as an estimate in the appendix', () => {
    const guessed = { ...photo, takenAtSource: 'camera_assumed_wita' as const };
    const exact = { ...photo, blobSha256: 'ef'.repeat(32), takenAtSource: 'gps' as const };
    const findings = suggestedFindings(cleanApplication(), on).map((f) => (f.requirement === 'R2' ? { ...f, evidence: [...f.evidence, guessed, exact] } : f));
    const r = report(cleanApplication(), findings);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.photos.map((p) => p.takenAt)).toEqual(['30 Maret 2026 pukul 10.15 WITA (± waktu kamera, zona tidak tercatat)', '30 Maret 2026 pukul 10.15 WITA']);
  });

  it('concludes reject naming each failed requirement', () => {
    const r = report(applicationFailing.R3());
    expect(r.ok && r.value.conclusion).toContain('TIDAK MEMENUHI persyaratan R3 (Anggota ≥ 20 orang di wilayah KCP) dan direkomendasikan untuk DITOLAK.');
  });

  it('refuses to draft from incomplete findings or without a team', () => {
    const findings = suggestedFindings(cleanApplication(), on).filter((f) => f.requirement !== 'R4');
    expect(report(cleanApplication(), findings)).toEqual({ ok: false, error: { code: 'decision_incomplete', message: 'Dokumen belum dapat disusun: temuan untuk R4 belum lengkap.' } });
    const noTeam = buildVerificationReport({ application: cleanApplication(), findings: suggestedFindings(cleanApplication(), on), number: 'x', date: on, office: sampleOffice, team: [], acknowledgedBy: sampleSupervisor });
    expect(noTeam).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('Surat Rekomendasi', () => {
  it('has the header, addressee and issue decision', () => {
    const r = letter();
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    expect(v.header).toEqual([
      { label: 'Nomor', value: '500.3/017/DKUKMP/2026' },
      { label: 'Sifat', value: 'Penting' },
      { label: 'Lampiran', value: '1 (satu) berkas' },
      { label: 'Hal', value: 'Rekomendasi Penerbitan Izin Pembukaan Kantor Cabang Pembantu Koperasi Simpan Pinjam' },
    ]);
    expect(v.placeAndDate).toBe('Bontang, 31 Maret 2026');
    expect(v.addressee).toEqual({ salutation: 'Yth.', lines: [sampleAddressee.title, 'di -', 'Bontang'] });
    expect(v.opening).toContain('nomor registrasi PD/KCP-KSP/2026/000317 tanggal 2 Maret 2026');
    expect(v.opening).toContain('Berita Acara Verifikasi Teknis Nomor 500.3/016/DKUKMP/2026 tanggal 30 Maret 2026');
    expect(v.decision).toContain('merekomendasikan PENERBITAN');
    expect(v.reasons).toEqual([]);
    expect(v.results).toHaveLength(8);
    expect(v.closing).toMatch(/^Demikian rekomendasi ini/);
    expect(v.carbonCopies).toEqual(['Wali Kota Bontang (sebagai laporan)', 'Arsip']);
  });

  it('recommends rejection with the reason for each failed requirement', () => {
    const r = letter(applicationFailing.R8());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.header[3]?.value).toMatch(/^Rekomendasi Penolakan/);
    expect(r.value.decision).toContain('PENOLAKAN');
    expect(r.value.reasons).toEqual([
      { requirement: 'R8', label: 'Sertifikat kompetensi calon kepala KCP', reason: expect.stringContaining('Nama pemegang "Drs. Ahmad Fauzi, M.M." berbeda dengan calon pimpinan "Muhammad Ridwan"') as string },
    ]);
  });

  it('refuses a verification address that is not https', () => {
    for (const url of ['http://verikop.bontangkota.go.id/v/1', 'verikop/v/1', 'https://']) {
      const r = buildRecommendationLetter({ ...letterInput(), verificationUrl: url });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

function letterInput() {
  const app = cleanApplication();
  return {
    application: app,
    findings: suggestedFindings(app, on),
    number: '500.3/017/DKUKMP/2026',
    date: on,
    office: sampleOffice,
    addressee: sampleAddressee,
    report: { number: '500.3/016/DKUKMP/2026', date: on },
    signatory: sampleHeadOfAgency,
    attachments: 0,
    carbonCopies: [],
    verificationUrl: 'https://verikop.bontangkota.go.id/v/1',
  };
}

describe('people and formats', () => {
  it('accepts real NIPs and refuses malformed ones', () => {
    expect(officialSchema.parse({ ...sampleSupervisor, nip: '19780512 200501 2 003' }).nip).toBe('197805122005012003');
    for (const nip of ['19780512200501200', '197802302005012003', '197805122005132003', '197805122005013003', '19780512200501200X']) {
      expect(officialSchema.safeParse({ ...sampleSupervisor, nip }).success, nip).toBe(false);
    }
    for (const p of [...sampleTeam, sampleSupervisor, sampleHeadOfAgency]) expect(officialSchema.parse(p)).toEqual(p);
  });

  it('formats coordinates and instants the Indonesian way', () => {
    expect(formatCoordinates(-0.5, -1.25)).toBe('0,50000° LS, 1,25000° BB');
    expect(formatInstantWita('2026-03-22T17:30:00Z')).toBe('23 Maret 2026 pukul 01.30 WITA');
    expect(formatInstantWita('2026-03-23T10:15:00+08:00')).toBe('23 Maret 2026 pukul 10.15 WITA');
  });
});
