// Indonesian text of the sync engine, in one place.
export const syncEngineMessages = {
  idReused: (server: string) =>
    `Server menolak operasi ini karena id-nya sudah dipakai untuk isi lain (${server}). Perubahan ini tidak terkirim; catat ulang bila masih diperlukan.`,
  restored: (n: number) => `${String(n)} perubahan dipulihkan dari jurnal komputer ini dan akan dikirim ke server.`,
} as const;
