// Calls about the application itself.
import { z } from 'zod';
import { defineCall } from './define';
import { syncStatusSchema } from './sync';

const demoRoleSchema = z.enum(['verifier', 'supervisor']);

export const appCalls = {
  'app.info': defineCall({
    summary: 'Versi aplikasi, tempat data, dan jenis tuan rumah (Electron atau web).',
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataDir: z.string(),
      host: z.enum(['electron', 'web']),
    }),
  }),
  'app.startDemo': defineCall({
    summary:
      'Mode demo: menyiapkan data demo dan server lokal (pengguna demo, paket contoh yang ditugaskan kepada verifikator), lalu masuk sebagai orang demo yang dipilih.',
    input: z.object({ signInAs: demoRoleSchema.optional() }).strict(),
    output: z.object({
      serverUrl: z.string(),
      /** The demo accounts' and certificates' password: public on purpose, shown to the person. */
      password: z.string(),
      accounts: z.array(
        z.object({
          role: demoRoleSchema,
          username: z.string(),
          name: z.string(),
          nip: z.string(),
          position: z.string(),
          certificateFile: z.string(),
        }),
      ),
      status: syncStatusSchema,
    }),
  }),
  'app.demoStatus': defineCall({
    summary:
      'Alamat server demo di komputer ini (yang sedang berjalan atau yang terakhir dipakai; null bila mode demo belum pernah dipilih) dan NIP orang demo, agar penyiapan awal tahu apakah profil dan sesi masuk yang ada milik demo.',
    input: z.object({}).strict(),
    output: z.object({ serverUrl: z.string().nullable(), nips: z.array(z.string()) }),
  }),
};

export const appEvents = {
  /** electron-updater found and downloaded a new version; it installs on the next restart. */
  'app.updateReady': z.object({ version: z.string() }),
};
