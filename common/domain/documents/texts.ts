// The official prose of the two documents, kept together so the wording is reviewed in one place.
import { formatDateLong } from '../wording';
import type { CalendarDate } from '../dates';

export const SERVICE_NAME = 'Izin Pembukaan Kantor Cabang Pembantu Koperasi Simpan Pinjam';

export const reportTexts = {
  title: 'BERITA ACARA VERIFIKASI TEKNIS',
  subtitle: SERVICE_NAME.toUpperCase(),
  opening: (dateWords: string, agency: string, region: string) =>
    `Pada hari ini ${dateWords}, kami yang bertanda tangan di bawah ini, Tim Teknis ${agency} ${region}, telah melakukan verifikasi teknis atas permohonan ${SERVICE_NAME} dengan data sebagai berikut:`,
  teamHeading: 'Tim Teknis:',
  findingsHeading: 'Hasil verifikasi terhadap persyaratan:',
  conclusionIssue: (applicant: string) =>
    `Berdasarkan hasil verifikasi teknis tersebut, permohonan ${applicant} MEMENUHI seluruh persyaratan yang berlaku dan direkomendasikan untuk DITERBITKAN.`,
  conclusionReject: (applicant: string, failed: string) =>
    `Berdasarkan hasil verifikasi teknis tersebut, permohonan ${applicant} TIDAK MEMENUHI persyaratan ${failed} dan direkomendasikan untuk DITOLAK.`,
  closing: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
  acknowledged: 'Mengetahui,',
  photoAppendix: 'Lampiran Foto Verifikasi Lapangan',
} as const;

export const letterTexts = {
  nature: 'Penting',
  subjectIssue: `Rekomendasi Penerbitan ${SERVICE_NAME}`,
  subjectReject: `Rekomendasi Penolakan ${SERVICE_NAME}`,
  salutation: 'Yth.',
  opening: (applicant: string, registration: string, applied: CalendarDate, reportNumber: string, reportDate: CalendarDate) =>
    `Menindaklanjuti permohonan ${SERVICE_NAME} dari ${applicant} melalui Perizinan Digital nomor registrasi ${registration} tanggal ${formatDateLong(applied)}, dan berdasarkan Berita Acara Verifikasi Teknis Nomor ${reportNumber} tanggal ${formatDateLong(reportDate)}, dengan ini kami sampaikan hal-hal sebagai berikut:`,
  resultsHeading: 'Hasil verifikasi teknis terhadap persyaratan:',
  decisionIssue: (agency: string) =>
    `Berdasarkan hasil verifikasi tersebut, ${agency} merekomendasikan PENERBITAN ${SERVICE_NAME} kepada pemohon tersebut di atas.`,
  decisionReject: (agency: string) =>
    `Berdasarkan hasil verifikasi tersebut, ${agency} merekomendasikan PENOLAKAN ${SERVICE_NAME} kepada pemohon tersebut di atas, dengan alasan sebagai berikut:`,
  closing: 'Demikian rekomendasi ini disampaikan untuk dapat dipergunakan sebagaimana mestinya. Atas perhatian dan kerja samanya diucapkan terima kasih.',
  ccHeading: 'Tembusan:',
  qrCaption: 'Pindai kode QR untuk memeriksa keaslian surat ini.',
} as const;

export const labels = {
  applicant: 'Nama koperasi',
  legalEntity: 'Nomor dan tanggal badan hukum',
  nib: 'NIB',
  registration: 'Nomor registrasi permohonan',
  applicationDate: 'Tanggal permohonan',
  branch: 'Kantor Cabang',
  subBranch: 'Alamat KCP yang diusulkan',
  coordinates: 'Titik koordinat KCP',
  head: 'Calon pimpinan KCP',
  verificationDate: 'Tanggal verifikasi',
} as const;

export const documentErrors = {
  incomplete: (missing: string) => `Dokumen belum dapat disusun: temuan untuk ${missing} belum lengkap.`,
  badUrl: 'Alamat verifikasi untuk kode QR harus berupa URL https:// yang lengkap.',
  noTeam: 'Berita Acara memerlukan paling sedikit satu anggota Tim Teknis.',
  badLetterNumber: 'Nomor surat wajib diisi.',
} as const;
