// Calls about the application itself.
import { z } from 'zod';
import { defineCall } from './define';

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
};

export const appEvents = {
  /** electron-updater found and downloaded a new version; it installs on the next restart. */
  'app.updateReady': z.object({ version: z.string() }),
};
