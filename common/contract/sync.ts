// Calls and events of the sync client. The renderer owns the records and the outbox; main owns
// the connection to the Dinas server (address, sign-in, token), the bytes, and a durable journal
// of operations the server has not answered yet, so that a lost or reset IndexedDB loses nothing.
// The renderer's sync engine drives: it hands batches to `sync.push`, pulls pages through
// `sync.pull`, and on start asks `sync.journal` for operations it no longer has.
// Everything that crosses to the server is parsed with common/contract/http's schemas in main.
import { z } from 'zod';
import { operationAnswerSchema } from '../sync/answer';
import { clientIdSchema, operationIdSchema, seqSchema, userIdSchema } from '../sync/ids';
import { MAX_PULL_LIMIT, pullPageSchema } from '../sync/pull';
import { MAX_PUSH_OPERATIONS } from './http/sync';
import { serverRoleSchema } from './http/route';
import { defineCall } from './define';

/** The server's address as a person types it; main normalises and checks it (https, or http on this computer). */
export const serverUrlInputSchema = z
  .string({ error: 'Alamat server wajib diisi' })
  .trim()
  .min(1, { error: 'Alamat server wajib diisi' })
  .max(2_000, { error: 'Alamat server terlalu panjang' });

export const signedInUserSchema = z.object({
  id: userIdSchema,
  username: z.string(),
  displayName: z.string(),
  /** NIP of the account, when the server knows it: tells whether this device's profile is the same person. Optional: sessions saved before it lack it. */
  nip: z.string().nullable().optional(),
  role: serverRoleSchema,
});
export type SignedInUser = z.infer<typeof signedInUserSchema>;

export const syncErrorSchema = z.object({ code: z.string(), message: z.string() });

export const syncStatusSchema = z.object({
  /** The server's address (kept after sign-out so the next sign-in needs only the password). */
  serverUrl: z.string().nullable(),
  user: signedInUserSchema.nullable(),
  /** The server answered its health check (or any request) lately. */
  online: z.boolean(),
  /** Operations in main's journal that the server has not answered yet. */
  pending: z.number().int().nonnegative(),
  /** Last successful push or pull, by this computer's clock: shown, never used for order. */
  lastSyncAt: z.iso.datetime({ offset: true }).nullable(),
  /** The last failure, cleared by the next success. */
  error: syncErrorSchema.optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** An operation as the renderer holds it: checked one by one by the server, as in a push. */
const rawOperationSchema = z.looseObject({ id: operationIdSchema });

export const journalEntrySchema = z.object({
  operation: rawOperationSchema,
  /** The installation that made the operation (the protocol's client id). */
  clientId: clientIdSchema,
  /** The user who made it (server user id), so it is re-sent only under their sign-in. */
  createdBy: z.string().min(1).max(128),
  /** When main first journaled it, by this computer's clock. */
  journaledAt: z.iso.datetime({ offset: true }),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const pushAnswerSchema = z.discriminatedUnion('kind', [
  /** One answer per operation, in the order sent. */
  z.object({ kind: z.literal('answers'), answers: z.array(operationAnswerSchema) }),
  /** The server refused the whole batch: these ids were used before for other content. */
  z.object({ kind: z.literal('id_reused'), operationIds: z.array(operationIdSchema), message: z.string() }),
]);
export type PushAnswer = z.infer<typeof pushAnswerSchema>;

export const syncPhaseSchema = z.enum(['upload', 'push', 'pull', 'prefetch']);
export type SyncPhase = z.infer<typeof syncPhaseSchema>;

export const prefetchReportSchema = z.object({
  /** Applications of mine the server listed. */
  applications: z.number().int().nonnegative(),
  /** Documents downloaded into the vault now, and those the vault already held. */
  fetched: z.number().int().nonnegative(),
  present: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  failed: z.array(z.object({ sha256: z.string(), message: z.string() })),
});
export type PrefetchReport = z.infer<typeof prefetchReportSchema>;

export const syncCalls = {
  'sync.status': defineCall({
    summary: 'Status sinkronisasi: server, pengguna yang masuk, daring/luring, operasi yang belum dijawab server.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.signIn': defineCall({
    summary: 'Masuk ke server Dinas dengan nama pengguna dan kata sandi; token sesi disimpan terenkripsi.',
    input: z
      .object({
        serverUrl: serverUrlInputSchema,
        username: z.string().trim().min(1, { error: 'Nama pengguna wajib diisi' }).max(64),
        password: z.string().min(1, { error: 'Kata sandi wajib diisi' }).max(1_024),
      })
      .strict(),
    output: syncStatusSchema,
  }),
  'sync.signOut': defineCall({
    summary: 'Keluar: sesi dicabut di server bila terjangkau, token dihapus dari komputer ini. Jurnal tetap disimpan.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.push': defineCall({
    summary: 'Mengirim sekumpulan operasi (berkas data yang dirujuk diunggah lebih dulu); tiap operasi dijawab server.',
    input: z
      .object({
        clientId: clientIdSchema,
        operations: z.array(z.object({ operation: rawOperationSchema, createdBy: z.string().min(1).max(128) })).min(1).max(MAX_PUSH_OPERATIONS),
      })
      .strict(),
    output: pushAnswerSchema,
  }),
  'sync.pull': defineCall({
    summary: 'Mengambil satu halaman perubahan dari server setelah kursor.',
    input: z.object({ after: seqSchema, limit: z.number().int().min(1).max(MAX_PULL_LIMIT) }).strict(),
    output: pullPageSchema,
  }),
  'sync.journal': defineCall({
    summary: 'Operasi di jurnal komputer ini yang belum dijawab server (untuk dipulihkan bila basis data lokal hilang).',
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(journalEntrySchema) }),
  }),
  'sync.journalAppend': defineCall({
    summary: 'Mencatat operasi baru ke jurnal di disk (juga saat luring), sebelum dikirim.',
    input: z
      .object({
        clientId: clientIdSchema,
        operations: z.array(z.object({ operation: rawOperationSchema, createdBy: z.string().min(1).max(128) })).min(1).max(MAX_PUSH_OPERATIONS),
      })
      .strict(),
    output: z.object({ added: z.number().int().nonnegative(), pending: z.number().int().nonnegative() }),
  }),
  'sync.journalSettle': defineCall({
    summary: 'Menghapus dari jurnal operasi yang sudah selesai di basis data lokal (dijawab, atau digantikan pilihan pengguna).',
    input: z.object({ operationIds: z.array(operationIdSchema).min(1).max(10_000) }).strict(),
    output: z.object({ removed: z.number().int().nonnegative(), pending: z.number().int().nonnegative() }),
  }),
  'sync.prefetch': defineCall({
    summary: 'Mengunduh dokumen berkas yang ditugaskan kepada saya ke penyimpanan dokumen, agar terbuka saat luring.',
    input: z.object({}).strict(),
    output: prefetchReportSchema,
  }),
};

export const syncEvents = {
  /** Sent whenever the status changes (online, sign-in, pending count, last sync, error). */
  'sync.status': syncStatusSchema,
  /** Progress of the running step: bytes for uploads and downloads, operations or entries otherwise. */
  'sync.progress': z.object({
    phase: syncPhaseSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    unit: z.enum(['bytes', 'items']),
  }),
};
