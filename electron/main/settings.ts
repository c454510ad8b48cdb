// Installation settings a Dinas administrator may place in the data directory
// (`<userData>/settings.json`), read by main at startup. Today: the update feed. Unknown keys
// are kept for other areas; a malformed file is reported and ignored, never half-applied.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const settingsFileName = 'settings.json';

// Updates are executables: they are fetched only over HTTPS, so nobody on the office network
// can substitute one (electron-updater checks the file's sha512 against a feed from the same
// server, which protects nothing if the feed itself can be forged).
const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'harus alamat https://',
  });

const settingsSchema = z.looseObject({
  updateFeedUrl: httpsUrl.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export type SettingsRead = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly message: string };

export async function readSettings(dataDir: string): Promise<SettingsRead> {
  const file = path.join(dataDir, settingsFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, settings: {} };
    return { ok: false, message: `Berkas pengaturan ${file} tidak dapat dibaca.` };
  }
  return parseSettings(text, file);
}

export function parseSettings(text: string, file: string): SettingsRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `Berkas pengaturan ${file} bukan JSON yang valid; pengaturan diabaikan.` };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'isi'} ${i.message}`).join('; ');
    return { ok: false, message: `Berkas pengaturan ${file} tidak valid (${reasons}); pengaturan diabaikan.` };
  }
  return { ok: true, settings: parsed.data };
}
