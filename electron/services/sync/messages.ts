// The sync client's expected failures: stable codes for programs, Indonesian messages a person
// can act on. No message ever contains the token or the password.
import { Failure } from '../../../common/contract';

export const syncErrorCodes = [
  'sync_server_url',
  'sync_not_signed_in',
  'sync_offline',
  'sync_unauthenticated',
  'sync_bad_credentials',
  'sync_too_many_attempts',
  'sync_account_not_allowed',
  'sync_forbidden',
  'sync_server_error',
  'sync_upload_refused',
  'sync_journal',
  'sync_other_user',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export class SyncFailure extends Failure {
  constructor(
    override readonly code: SyncErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'SyncFailure';
  }
}

const short = (sha256: string): string => `${sha256.slice(0, 12)}…`;

export const syncMessages = {
  urlInvalid: (input: string) => `Alamat server "${input}" tidak dapat dibaca. Contoh yang benar: https://sinkron.dinaskop.example.go.id`,
  urlScheme: 'Alamat server harus diawali https:// (http:// hanya untuk server di komputer ini).',
  urlCredentials: 'Alamat server tidak boleh memuat nama pengguna atau kata sandi; isi keduanya di kolom masing-masing.',
  urlExtra: 'Alamat server tidak boleh memuat tanda tanya (?) atau pagar (#).',
  noServer: 'Alamat server belum diisi. Buka Pengaturan, isi alamat server Dinas, lalu masuk.',
  notSignedIn: 'Belum masuk ke server. Buka Pengaturan lalu masuk dengan akun Dinas; perubahan tetap tersimpan di komputer ini.',
  offline: (detail: string) =>
    `Server tidak dapat dihubungi (${detail}). Perubahan tetap tersimpan di komputer ini dan dikirim otomatis saat koneksi kembali.`,
  sessionEnded: 'Sesi Anda di server sudah berakhir atau dicabut. Masuk lagi untuk melanjutkan sinkronisasi; perubahan tetap tersimpan.',
  badCredentials: 'Nama pengguna atau kata sandi salah.',
  tooManyAttempts: (message: string) => `Terlalu banyak percobaan masuk. ${message}`,
  licensingOffice: 'Akun ini untuk DPMPTSP (mengunduh surat rekomendasi), bukan untuk aplikasi verifikasi. Masuk dengan akun Tim Teknis.',
  forbidden: (message: string) => `Server menolak permintaan ini: ${message}`,
  serverError: (detail: string) => `Server menjawab tidak semestinya (${detail}). Coba lagi nanti; bila berulang, hubungi admin Dinas.`,
  uploadRefused: (sha256: string, message: string) => `Server menolak unggahan berkas data ${short(sha256)}: ${message}`,
  otherUser: 'Sebagian perubahan dibuat oleh pengguna lain di komputer ini; perubahan itu tetap tersimpan dan dikirim saat pengguna tersebut masuk.',
  journal: (path: string) =>
    `Jurnal sinkronisasi di ${path} tidak dapat ditulis (disk penuh atau folder terkunci?). Kosongkan ruang disk lalu coba lagi; belum ada yang dikirim.`,
} as const;

export const journalDamagedMessage = (lines: number): string =>
  `Jurnal sinkronisasi memuat ${String(lines)} baris rusak (mungkin karena listrik padam saat menulis); baris itu dilewati. Periksa bahwa semua perubahan terakhir tersimpan.`;
