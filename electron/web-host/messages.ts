// What the web host tells people: refusals answered to the browser and errors printed on the
// terminal that started it. Indonesian, in one place.
export const hostMessages = {
  noSession:
    'Sesi tidak sah. Buka aplikasi melalui alamat lengkap yang dicetak saat web host dijalankan (yang berisi "?k=").',
  badLaunchKey: 'Kunci pada alamat tidak berlaku. Gunakan alamat terbaru yang dicetak oleh web host.',
  foreignOrigin: 'Permintaan ditolak: asal permintaan bukan halaman aplikasi ini.',
  missingRpcHeader: 'Permintaan ditolak: hanya halaman aplikasi ini yang boleh memanggil layanan.',
  wrongHost: 'Permintaan ditolak: alamat host tidak dikenal.',
  methodNotAllowed: (allowed: string) => `Metode tidak diizinkan; gunakan ${allowed}.`,
  badPath: 'Alamat tidak valid.',
  notFound: 'Tidak ditemukan.',
  bodyTooLarge: (limit: number) => `Masukan terlalu besar (maksimum ${String(Math.floor(limit / 1024))} KiB).`,
  badJson: 'Masukan tidak valid: isi permintaan bukan JSON yang benar.',
  notLoopback: (host: string) =>
    `Web host hanya boleh mendengarkan di alamat loopback (127.0.0.1 atau ::1), bukan "${host}".`,
  badPort: (value: string) => `Port tidak valid: "${value}" (harus bilangan 0–65535; 0 berarti acak).`,
  unknownFlag: (flag: string) => `Opsi tidak dikenal: ${flag}. Opsi yang ada: --port, --host, --data-dir, --demo.`,
  switchTakesNoValue: (flag: string) => `Opsi ${flag} tidak memerlukan nilai; tulis ${flag} saja.`,
  missingValue: (flag: string) => `Opsi ${flag} memerlukan nilai.`,
  notBuilt: (dir: string) => `Renderer belum dibangun (${dir} tidak ada). Jalankan "npm run build" dahulu.`,
  started: (url: string) => `Verikop web host: ${url}`,
  demoReady: (serverUrl: string, usernames: readonly string[], password: string) =>
    `Mode demo: server demo di ${serverUrl}; pengguna ${usernames.join(' dan ')}, kata sandi "${password}" (juga untuk sertifikat demo). Di aplikasi, buka Penyiapan awal dan pilih "Coba sebagai verifikator" atau "Coba sebagai supervisor".`,
  demoNotResumed: (reason: string) =>
    `Mode demo tidak dapat dilanjutkan: ${reason} Web host tetap berjalan tanpa server demo; jalankan dengan --demo untuk mencoba lagi.`,
  stopping: 'Web host berhenti…',
} as const;
