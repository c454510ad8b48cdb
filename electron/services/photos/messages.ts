// What the person reads when a photo is refused: which file, why, and what to do instead.
export const photoMessages = {
  notImage: (name: string) => `Berkas "${name}" bukan foto JPEG atau PNG (dikenali dari isinya, bukan dari namanya). Pilih foto dari kamera atau ponsel.`,
  damaged: (name: string) => `Foto "${name}" rusak atau tidak lengkap, sehingga ukuran gambarnya tidak terbaca. Salin ulang foto dari kamera atau ponsel.`,
  empty: (name: string) => `Berkas "${name}" kosong.`,
  tooLarge: (name: string, limitMiB: number) => `Foto "${name}" lebih besar dari ${String(limitMiB)} MiB. Kecilkan ukurannya atau pilih foto lain.`,
  unreadable: (name: string) => `Berkas "${name}" tidak dapat dibaca. Periksa izin berkas, atau salin ulang fotonya.`,
  inboxUnknown: (name: string, dir: string) =>
    `Tidak ada foto bernama "${name}" di folder kotak masuk foto (${dir}). Pilih dari daftar, atau letakkan berkas .jpg/.png di folder itu.`,
  inboxFolder: (dir: string) => `Folder kotak masuk foto (${dir}) tidak dapat dibaca atau dibuat. Periksa izin folder data aplikasi.`,
  pickerUnavailable: (dir: string) => `Dialog pemilihan berkas tidak tersedia di sini. Letakkan foto di folder kotak masuk foto (${dir}) lalu pilih dari daftar.`,
} as const;
