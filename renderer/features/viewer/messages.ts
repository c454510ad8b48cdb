// Every word the viewer shows or announces, in Indonesian, in one place.
import type { DocumentFailure } from './load-errors';

export const viewerText = {
  region: (title: string): string => `Penampil dokumen: ${title}`,
  toolbar: 'Alat penampil dokumen',
  pane: 'Isi dokumen',
  firstPage: 'Halaman pertama',
  previousPage: 'Halaman sebelumnya',
  nextPage: 'Halaman berikutnya',
  lastPage: 'Halaman terakhir',
  pageNumber: 'Nomor halaman',
  ofPages: (count: number): string => `dari ${count}`,
  zoomOut: 'Perkecil',
  zoomIn: 'Perbesar',
  zoomLevel: (percent: number): string => `Perbesaran ${percent}%`,
  fitWidth: 'Sesuaikan dengan lebar panel',
  fitPage: 'Tampilkan satu halaman penuh',
  rotateLeft: 'Putar ke kiri',
  rotateRight: 'Putar ke kanan',
  thumbnails: 'Miniatur halaman',
  thumbnail: (page: number): string => `Halaman ${page}`,
  page: (page: number, count: number): string => `Halaman ${page} dari ${count}`,
  loading: 'Memuat dokumen…',
  screenTitle: 'Pratinjau dokumen',
  // A hash is all the address knows; its start is enough for a person to tell files apart.
  screenDocument: (sha256: string): string => `Dokumen ${sha256.slice(0, 12)}`,
  failureTitle: 'Dokumen tidak dapat ditampilkan',
  pageFailed: (page: number, detail: string): string =>
    `Halaman ${page} tidak dapat ditampilkan; halaman lain tetap dapat dibuka. Rincian teknis: ${detail}`,
} as const;

const resend = 'Minta pemohon mengirim ulang dokumen ini.';

/** What went wrong and what the person can do about it. */
export function failureReason(failure: DocumentFailure): string {
  switch (failure.kind) {
    case 'not-in-vault':
      return 'Berkasnya tidak ada di brankas perangkat ini. Sinkronkan data atau impor ulang paket permohonan, lalu buka lagi.';
    case 'vault-refused':
      return `Brankas menolak memberikan berkas (HTTP ${failure.status}). Muat ulang aplikasi; jika tetap gagal, laporkan kepada admin.`;
    case 'fetch-failed':
      return `Berkas tidak dapat diambil dari brankas. Muat ulang aplikasi lalu coba lagi. Rincian teknis: ${failure.detail}`;
    case 'empty':
      return `Berkasnya kosong (0 bita). ${resend}`;
    case 'encrypted':
      return 'PDF ini dikunci dengan kata sandi (terenkripsi), sehingga tidak dapat dibuka. Minta pemohon mengirim salinan tanpa kata sandi.';
    case 'not-pdf':
      return `Berkas ini bukan PDF yang sah: isinya tidak dikenali sebagai PDF. ${resend} Rincian teknis: ${failure.detail}`;
    case 'damaged':
      return `PDF ini rusak atau memakai fitur yang tidak didukung. ${resend} Rincian teknis: ${failure.detail}`;
    case 'image-unreadable':
      return 'Gambar ini rusak atau bukan berkas JPEG/PNG yang sah. Minta pemohon mengirim ulang berkas ini.';
    case 'bad-address':
      return 'Alamat dokumen tidak valid: jenis berkas harus pdf, jpeg, atau png, diikuti kode SHA-256 berkas (64 karakter heksadesimal).';
    case 'unsupported-type':
      return `Jenis berkas "${failure.mediaType}" tidak dapat ditampilkan. Penampil hanya membuka PDF, JPEG, dan PNG.`;
  }
}
