// Every word the renderer shows, in Indonesian. Screens take their text from here so the UI's
// language lives in one place; add a section per screen or feature.
import { approvals } from './approvals';
import { settings } from './settings';
import { status } from './status';
import { workspace } from './workspace';

export const id = {
  workspace,
  approvals,
  settings,
  status,
  app: {
    name: 'Verikop',
    office: 'Dinas Koperasi, UKM dan Perdagangan',
    purpose: 'Verifikasi teknis izin pembukaan Kantor Cabang Pembantu Koperasi Simpan Pinjam',
  },
  nav: {
    label: 'Navigasi utama',
    about: 'Tentang Aplikasi',
  },
  common: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    reload: 'Muat ulang',
  },
  about: {
    title: 'Tentang Aplikasi',
    intro:
      'Verikop membantu Tim Teknis memeriksa berkas permohonan, mencatat temuan per persyaratan, dan menyusun rekomendasi — juga saat tidak ada koneksi.',
    version: 'Versi',
    dataDir: 'Folder data',
    host: 'Dijalankan sebagai',
    hostElectron: 'Aplikasi desktop',
    hostWeb: 'Web host (peramban)',
    failed: 'Informasi aplikasi tidak dapat dimuat.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: (path: string) => `Tidak ada halaman di alamat "${path}".`,
    back: 'Kembali ke awal',
  },
  crash: {
    title: 'Terjadi kesalahan pada tampilan',
    body: 'Data yang sudah tersimpan tidak hilang. Muat ulang aplikasi untuk melanjutkan; bila berulang, hubungi administrator.',
  },
  transport: {
    unavailable:
      'Layanan aplikasi tidak dapat dihubungi. Pastikan aplikasi (atau web host) masih berjalan, lalu coba lagi.',
    badAnswer: 'Layanan aplikasi memberi jawaban yang tidak dapat dibaca. Coba lagi; bila berulang, hubungi administrator.',
    unserializable: 'Masukan tidak valid: data tidak dapat dikirim ke layanan aplikasi.',
  },
} as const;
