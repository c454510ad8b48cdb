// Calls about the vault of stored files. Files themselves never travel through calls: the
// renderer loads them by URL (bridge.vaultUrl). The renderer owns the records, so only it knows
// which files are still referenced; it asks main to remove the rest.
import { z } from 'zod';
import { sha256HexSchema } from '../domain/application';
import { defineCall } from './define';

export const vaultCalls = {
  'vault.removeUnreferenced': defineCall({
    summary:
      'Menghapus berkas di penyimpanan dokumen yang tidak dirujuk catatan mana pun (berkas yang baru disimpan dalam satu jam terakhir selalu dipertahankan).',
    input: z
      .object({
        /** Every SHA-256 any record still refers to: packet documents and manifests, photos, generated and signed PDFs. */
        referenced: z.array(sha256HexSchema).max(1_000_000),
      })
      .strict(),
    output: z.object({
      removed: z.array(sha256HexSchema),
      freedBytes: z.number().int().nonnegative(),
    }),
  }),
};
