// An expected refusal from a handler: an HTTP status, a stable code and an Indonesian message.
import type { HttpErrorCode } from '../../common/contract/http';

export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    /** Extra fields of the error body (e.g. the ids reused, the server's offset). */
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const httpMessages = {
  unauthenticated: 'Sesi tidak ada atau sudah berakhir; silakan masuk kembali.',
  forbidden: 'Peran Anda tidak diizinkan melakukan ini.',
  notFound: 'Data yang diminta tidak ditemukan.',
  unknownRoute: 'Alamat tidak dikenal oleh server.',
  badRequest: (detail: string) => `Permintaan tidak valid: ${detail}`,
  invalidCredentials: 'Nama pengguna atau kata sandi salah.',
  tooManyAttempts: (seconds: number) => `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
  idReused: 'Id operasi sudah dipakai untuk isi yang berbeda; tidak ada operasi dari kiriman ini yang diterapkan.',
  bodyTooLarge: 'Isi permintaan terlalu besar.',
  unsupportedMediaType: 'Jenis isi (Content-Type) permintaan tidak didukung.',
  internal: 'Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi administrator.',
} as const;

export const notFound = (message: string = httpMessages.notFound): HttpFailure => new HttpFailure(404, 'not_found', message);
export const badRequest = (detail: string): HttpFailure => new HttpFailure(400, 'bad_request', httpMessages.badRequest(detail));
