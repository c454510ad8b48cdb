// What the documents area tells people when a document cannot be made. Indonesian, in one place.
export const documentsMessages = {
  photoMissing: (n: number) =>
    `Foto ${String(n)} untuk lampiran tidak ada di penyimpanan perangkat ini. Sinkronkan atau tambahkan ulang foto tersebut.`,
  photoNotImage: (n: number) => `Berkas Foto ${String(n)} bukan gambar JPEG atau PNG. Ganti foto tersebut.`,
  photoUnreadable: (n: number) => `Foto ${String(n)} tidak dapat dibaca sebagai gambar (berkas rusak). Ganti foto tersebut.`,
} as const;
