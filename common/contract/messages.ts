// Transport-level messages shown to people. Indonesian, in one place.
interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const describePath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? 'masukan' : path.map(String).join('.');

export const messages = {
  unknownCall: (name: string) => `Perintah "${name}" tidak dikenal.`,
  badInput: (issues: readonly Issue[]) =>
    `Masukan tidak valid: ${issues.map((i) => `${describePath(i.path)} (${i.message})`).join('; ')}.`,
  internal: 'Terjadi kesalahan di aplikasi. Coba lagi; bila berulang, hubungi administrator.',
  forbiddenSender: 'Permintaan ditolak: asal permintaan bukan jendela aplikasi ini.',
  unavailable: 'Layanan aplikasi tidak dapat dihubungi.',
} as const;
