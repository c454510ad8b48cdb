// Indonesian text the domain shows to people, in one place so wording is reviewed together.
// Dates are written as letters date them ("23 Maret 2026").
import type { CalendarDate } from './dates';
import type { NikInvalidReason } from './nik';
import { formatDateLong as tgl } from './wording';

// A name that ends in a title ("… M.M.") already carries the sentence's full stop.
const withoutFinalStop = (text: string): string => text.replace(/\.+$/, '');

export const outcomeLabels = {
  meets: 'Sesuai',
  fails: 'Tidak sesuai',
  not_applicable: 'Tidak berlaku',
  insufficient_data: 'Data belum cukup',
} as const;

export const nikReasonLabels: Readonly<Record<NikInvalidReason, string>> = {
  empty: 'NIK kosong',
  not_digits: 'NIK memuat karakter selain angka',
  wrong_length: 'NIK tidak 16 digit',
  invalid_region: 'kode provinsi, kabupaten/kota atau kecamatan bernilai 00',
  invalid_birth_date: 'tanggal lahir pada digit 7–12 tidak ada di kalender',
  invalid_serial: 'nomor urut (4 digit terakhir) 0000',
};

const count = (n: number, unit: string): string => `${String(n)} ${unit}`;

export const ruleFacts = {
  permitMissing: 'Izin operasional Kantor Cabang tidak dilampirkan.',
  permitIdentity: (number: string, issuer: string, date: CalendarDate) => `Izin operasional nomor ${number} diterbitkan oleh ${issuer} tanggal ${tgl(date)}.`,
  permitNoExpiry: 'Izin tidak mencantumkan batas masa berlaku.',
  permitValidUntil: (until: CalendarDate) => `Izin berlaku sampai ${tgl(until)}.`,
  permitExpired: (until: CalendarDate, on: CalendarDate) => `Izin sudah tidak berlaku sejak ${tgl(until)}, sebelum tanggal verifikasi ${tgl(on)}.`,
  permitAfterApplication: (date: CalendarDate, app: CalendarDate) => `Izin terbit ${tgl(date)}, setelah tanggal permohonan ${tgl(app)}.`,

  startUnknown: 'Tanggal mulai kegiatan usaha simpan pinjam Kantor Cabang belum diketahui.',
  operatedMonths: (start: CalendarDate, app: CalendarDate, months: number) =>
    `Kegiatan usaha simpan pinjam dimulai ${tgl(start)}; sampai tanggal permohonan ${tgl(app)} genap ${count(months, 'bulan')}.`,
  needMonths: (required: number) => `Dipersyaratkan paling sedikit ${count(required, 'bulan')}.`,

  membersCounted: (distinct: number, code: string, total: number) =>
    `${count(distinct, 'anggota')} dengan NIK sah berdomisili di wilayah ${code} (dari ${count(total, 'baris')} daftar anggota).`,
  membersRequired: (required: number) => `Dipersyaratkan paling sedikit ${count(required, 'orang')}.`,
  membersInvalid: (rows: readonly number[]) => `NIK tidak sah pada baris ${rows.join(', ')}.`,
  membersDuplicate: (rows: readonly number[]) => `NIK ganda (dihitung sekali) pada baris ${rows.join(', ')}.`,
  membersOutside: (rows: readonly number[], code: string) => `NIK di luar wilayah ${code} pada baris ${rows.join(', ')}.`,

  reportMissing: 'Laporan keuangan Kantor Cabang tidak dilampirkan.',
  planMissing: 'Rencana kerja KCP tidak dilampirkan.',
  periodCovered: (what: string, from: CalendarDate, to: CalendarDate, months: number) =>
    `${what} periode ${tgl(from)} sampai ${tgl(to)} mencakup ${count(months, 'bulan')} penuh.`,
  reportWindow: (to: CalendarDate, earliest: CalendarDate, app: CalendarDate) =>
    `Periode berakhir ${tgl(to)}; harus berakhir antara ${tgl(earliest)} dan tanggal permohonan ${tgl(app)}.`,

  sameRegion: (code: string) => `Kantor Cabang dan KCP berada di kabupaten/kota yang sama (${code}); persetujuan Bupati/Walikota tidak dipersyaratkan.`,
  otherRegion: (kc: string, kcp: string) => `Kantor Cabang berada di wilayah ${kc}, KCP di wilayah ${kcp}; persetujuan Bupati/Walikota setempat dipersyaratkan.`,
  approvalPresent: (number: string, official: string, date: CalendarDate) => `Persetujuan ${official} nomor ${number} tanggal ${tgl(date)}.`,
  approvalMissing: 'Persetujuan Bupati/Walikota setempat tidak dilampirkan.',

  headMissing: 'Calon pimpinan KCP tidak disebutkan.',
  headNamed: (name: string, position: string) => `Calon pimpinan: ${name} (${position}).`,
  cvMissing: 'Riwayat hidup calon pimpinan tidak dilampirkan.',
  cvPresent: (fileName: string) => `Riwayat hidup calon pimpinan: ${fileName}.`,
  staffCount: (n: number) => (n === 0 ? 'Tidak ada calon karyawan dalam daftar.' : `${count(n, 'calon karyawan')} dalam daftar.`),
  nikOfPersonInvalid: (who: string, reason: string) => `NIK ${who} tidak sah: ${reason}.`,

  certificateMissing: 'Sertifikat kompetensi calon pimpinan tidak dilampirkan.',
  certificateIdentity: (number: string, issuer: string, holder: string) =>
    `Sertifikat nomor ${number} dari ${issuer} atas nama ${withoutFinalStop(holder)}.`,
  certificateValid: (from: CalendarDate, until: CalendarDate, on: CalendarDate) => `Berlaku ${tgl(from)} sampai ${tgl(until)}; berlaku pada tanggal verifikasi ${tgl(on)}.`,
  certificateNotValid: (from: CalendarDate, until: CalendarDate, on: CalendarDate) =>
    `Berlaku ${tgl(from)} sampai ${tgl(until)}; tidak berlaku pada tanggal verifikasi ${tgl(on)}.`,
  holderMatches: (head: string) => `Nama pemegang sama dengan calon pimpinan (${head}).`,
  holderDiffers: (holder: string, head: string) => `Nama pemegang "${holder}" berbeda dengan calon pimpinan "${head}".`,
  holderUncheckable: 'Calon pimpinan tidak disebutkan, sehingga pemegang sertifikat tidak dapat dicocokkan.',
} as const;

export const findingStatusLabels = {
  meets: 'Sesuai',
  fails: 'Tidak sesuai',
  not_applicable: 'Tidak berlaku',
} as const;

export const decisionLabels = {
  issue: 'Rekomendasi penerbitan',
  reject: 'Rekomendasi penolakan',
  incomplete: 'Verifikasi belum lengkap',
} as const;

export const decisionWarnings = {
  findingMissing: (req: string) => `${req}: belum ada temuan verifikator.`,
  findingDuplicated: (req: string) => `${req}: ada lebih dari satu temuan; sisakan satu.`,
  statusDisagrees: (req: string, status: string, computed: string) => `${req}: status "${status}" berbeda dengan hasil perhitungan "${computed}"; pastikan alasannya tercatat.`,
  computedInsufficient: (req: string, status: string) => `${req}: status "${status}" ditetapkan meskipun data untuk perhitungan belum cukup.`,
  evidenceMissing: (req: string, status: string) => `${req}: status "${status}" belum didukung bukti (halaman dokumen atau foto).`,
  evidenceNotFound: (req: string, documentId: string) => `${req}: bukti merujuk dokumen ${documentId} yang tidak ada dalam berkas.`,
  evidencePageOutOfRange: (req: string, documentId: string, page: number, pages: number) =>
    `${req}: bukti merujuk halaman ${String(page)} dokumen ${documentId}, padahal dokumen itu hanya ${String(pages)} halaman.`,
  noteMissing: (req: string) => `${req}: tidak sesuai tanpa catatan verifikator; alasan penolakan diambil dari hasil perhitungan.`,
  failedWithoutReason: 'Tidak memenuhi persyaratan.',
} as const;

export const workflowStateLabels = {
  received: 'Diterima',
  in_verification: 'Dalam verifikasi',
  awaiting_approval: 'Menunggu persetujuan',
  returned: 'Dikembalikan ke verifikator',
  approved: 'Disetujui',
  signed: 'Ditandatangani',
  delivered: 'Dikirim ke DPMPTSP',
} as const;

export const workflowActionLabels = {
  start_verification: 'Mulai verifikasi',
  submit_for_approval: 'Ajukan untuk persetujuan',
  return_to_verifier: 'Kembalikan ke verifikator',
  resume_verification: 'Lanjutkan verifikasi',
  approve: 'Setujui',
  sign: 'Tandatangani',
  deliver: 'Kirim ke DPMPTSP',
} as const;

export const roleLabels = { verifier: 'Verifikator', supervisor: 'Ketua Tim/Kepala Bidang', admin: 'Administrator' } as const;

export const workflowMessages = {
  illegal: (action: keyof typeof workflowActionLabels, state: keyof typeof workflowStateLabels) =>
    `"${workflowActionLabels[action]}" tidak dapat dilakukan saat berkas berstatus "${workflowStateLabels[state]}".`,
  roleNotAllowed: (action: keyof typeof workflowActionLabels, allowed: readonly (keyof typeof roleLabels)[]) =>
    `"${workflowActionLabels[action]}" hanya dapat dilakukan oleh ${allowed.map((r) => roleLabels[r]).join(' atau ')}.`,
  notAssigned: 'Anda bukan verifikator yang ditugaskan untuk berkas ini.',
  returnNeedsReason: 'Tuliskan alasan pengembalian berkas kepada verifikator.',
  rejectNeedsReason: 'Tuliskan alasan rekomendasi penolakan.',
  decisionIncomplete: 'Temuan belum lengkap: setiap persyaratan R1–R8 harus memiliki satu temuan sebelum diajukan.',
} as const;
