// The requirements of the Bontang service standard (seed, list 1) as the verifier sees them.
// Item 9 of that list — the digital copy of the permit issued through OSS — is what the process
// produces, not something the applicant submits, so it is described separately.
import type { RequirementId } from './application';

export interface Requirement {
  readonly id: RequirementId;
  /** Position in the service standard's list. */
  readonly number: number;
  /** Short label for lists and documents. */
  readonly label: string;
  /** The requirement as the service standard words it. */
  readonly text: string;
  /** What the verifier checks, in one or two sentences. */
  readonly help: string;
  /** What evidence the verifier is expected to attach. */
  readonly evidence: readonly string[];
  /** Only R5 may be "tidak berlaku" (not applicable). */
  readonly mayBeNotApplicable: boolean;
}

export const requirements: readonly Requirement[] = [
  {
    id: 'R1',
    number: 1,
    label: 'Izin operasional Kantor Cabang',
    text: 'Memiliki Izin Operasional pembukaan Kantor Cabang',
    help: 'Periksa bahwa izin operasional Kantor Cabang ada, nomor, penerbit dan tanggalnya jelas, nama kantor cabang sesuai, dan izin masih berlaku pada tanggal verifikasi.',
    evidence: ['Halaman izin operasional yang memuat nomor, tanggal dan penerbit', 'Halaman yang memuat masa berlaku (jika ada)'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R2',
    number: 2,
    label: 'Kegiatan usaha simpan pinjam ≥ 6 bulan',
    text: 'Kantor Cabang telah melaksanakan kegiatan usaha simpan pinjam paling sedikit 6 (enam) bulan',
    help: 'Tentukan tanggal mulai kegiatan simpan pinjam Kantor Cabang; dihitung paling sedikit 6 bulan kalender sampai tanggal permohonan.',
    evidence: ['Dokumen yang menunjukkan tanggal mulai kegiatan usaha (surat keterangan, laporan, buku kas pertama)', 'Foto kegiatan di Kantor Cabang (bila cek lokasi)'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R3',
    number: 3,
    label: 'Anggota ≥ 20 orang di wilayah KCP',
    text: 'Mempunyai anggota paling sedikit 20 (dua puluh) orang di daerah yang akan dibuka Jaringan Pelayanannya',
    help: 'Hitung anggota dengan NIK sah yang berdomisili di kabupaten/kota lokasi KCP (4 digit pertama NIK sama dengan kode wilayah); NIK ganda dihitung sekali.',
    evidence: ['Halaman daftar anggota yang memuat nama, NIK dan alamat'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R4',
    number: 4,
    label: 'Laporan keuangan Kantor Cabang 1 tahun terakhir',
    text: 'Memiliki laporan keuangan Kantor Cabang yang bersangkutan dalam 1 (satu) tahun terakhir',
    help: 'Periksa periode laporan keuangan: mencakup 12 bulan dan berakhir dalam 12 bulan sebelum tanggal permohonan.',
    evidence: ['Halaman sampul atau judul laporan yang memuat periode', 'Halaman neraca dan laporan hasil usaha'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R5',
    number: 5,
    label: 'Persetujuan Bupati/Walikota (jika tidak ada Kantor Cabang di kabupaten/kota setempat)',
    text: 'Memiliki persetujuan pembukaan Kantor Cabang Pembantu dari Bupati/Walikota setempat jika tidak memiliki Kantor Cabang pada Kabupaten/Kota setempat',
    help: 'Berlaku hanya bila Kantor Cabang induk berada di kabupaten/kota lain dari lokasi KCP; bila berlaku, periksa surat persetujuan Bupati/Walikota setempat.',
    evidence: ['Surat persetujuan Bupati/Walikota setempat (bila berlaku)'],
    mayBeNotApplicable: true,
  },
  {
    id: 'R6',
    number: 6,
    label: 'Rencana kerja KCP ≥ 1 tahun',
    text: 'Memiliki rencana kerja Kantor Cabang Pembantu paling sedikit 1 (satu) tahun',
    help: 'Periksa periode rencana kerja KCP; harus mencakup paling sedikit 12 bulan.',
    evidence: ['Halaman rencana kerja yang memuat periode'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R7',
    number: 7,
    label: 'Calon pimpinan dan calon karyawan KCP',
    text: 'Memiliki daftar nama dan riwayat hidup calon pimpinan dan daftar nama calon karyawan Kantor Cabang Pembantu',
    help: 'Pastikan calon pimpinan disebutkan dengan riwayat hidupnya dan ada paling sedikit satu calon karyawan.',
    evidence: ['Riwayat hidup calon pimpinan', 'Daftar nama calon karyawan'],
    mayBeNotApplicable: false,
  },
  {
    id: 'R8',
    number: 8,
    label: 'Sertifikat kompetensi calon kepala KCP',
    text: 'Calon kepala cabang pembantu wajib memiliki sertifikat kompetensi',
    help: 'Periksa nomor, penerbit dan masa berlaku sertifikat; harus berlaku pada tanggal verifikasi dan atas nama calon pimpinan.',
    evidence: ['Halaman sertifikat yang memuat nomor, nama pemegang dan masa berlaku'],
    mayBeNotApplicable: false,
  },
];

/** The catalogue entry for a requirement id. */
export function requirement(id: RequirementId): Requirement {
  const found = requirements.find((r) => r.id === id);
  if (found === undefined) throw new RangeError(`Unknown requirement ${id}`);
  return found;
}

/** Item 9 of the service standard: the output of the process, never verified as an input. */
export const ossPermitOutput = {
  number: 9,
  label: 'Salinan digital Izin Pembukaan KCP KSP yang diterbitkan OSS',
  text: 'Salinan digital Izin Pembukaan Kantor Cabang Pembantu Koperasi Simpan Pinjam yang diterbitkan OSS',
  help: 'Keluaran layanan: izin diterbitkan DPMPTSP melalui OSS berdasarkan Surat Pemenuhan Komitmen, setelah rekomendasi Dinas. Bukan persyaratan yang diverifikasi.',
} as const;
