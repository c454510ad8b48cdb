// Calls for application packets (docs/packet-format.md). The renderer is untrusted, so it never
// hands main a file path: in Electron main shows the file dialog itself (`pickAndImport`); in
// the web host, where there is no dialog, the renderer may only name an entry of the configured
// inbox folder (`listInbox` → `importFromInbox`), which main checks against that folder.
//
// Main keeps only the bytes (in the vault). The validated application comes back in the answer,
// its documents carrying the SHA-256 under which the vault holds each file; the renderer stores
// it in IndexedDB, and loads the files by vault URL.
import { z } from 'zod';
import { applicationSchema, sha256HexSchema } from '../domain/application';
import { defineCall } from './define';

export const packetRemarkSchema = z.object({
  /** Stable code, e.g. `packet_pdf_form_action`. */
  code: z.string().min(1),
  /** The file inside the packet the remark concerns. */
  fileName: z.string().optional(),
  message: z.string(),
});
export type PacketRemark = z.infer<typeof packetRemarkSchema>;

export const importedPacketSchema = z.object({
  status: z.literal('imported'),
  application: applicationSchema,
  /** Vault hash of manifest.json exactly as received. */
  manifestSha256: sha256HexSchema,
  /** Accepted, but worth a look (e.g. a PDF with form actions). */
  warnings: z.array(packetRemarkSchema),
  /** Files newly added to the vault, and files it already held (a repeated import adds none). */
  storedFiles: z.number().int().nonnegative(),
  reusedFiles: z.number().int().nonnegative(),
});
export type ImportedPacket = z.infer<typeof importedPacketSchema>;

export const packetKindSchema = z.enum(['zip', 'folder']);

export const inboxEntrySchema = z.object({
  name: z.string(),
  kind: packetKindSchema,
  /** Size of a .zip in bytes; absent for a folder. */
  size: z.number().int().nonnegative().optional(),
  /** ISO 8601 instant of the last change. */
  modifiedAt: z.string(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

export const packetCalls = {
  'packets.pickAndImport': defineCall({
    summary: 'Memilih paket permohonan (.zip atau folder) lewat dialog aplikasi, lalu mengimpornya (hanya di Electron).',
    input: z.object({ kind: packetKindSchema }).strict(),
    output: z.discriminatedUnion('status', [importedPacketSchema, z.object({ status: z.literal('cancelled') })]),
  }),
  'packets.listInbox': defineCall({
    summary: 'Daftar paket permohonan di folder kotak masuk.',
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), entries: z.array(inboxEntrySchema) }),
  }),
  'packets.importFromInbox': defineCall({
    summary: 'Mengimpor satu paket dari folder kotak masuk, menurut namanya.',
    input: z.object({ name: z.string().min(1).max(255) }).strict(),
    output: importedPacketSchema,
  }),
};

export const importPhaseSchema = z.enum(['reading', 'checking', 'storing']);

export const packetEvents = {
  /** Progress of the running import: reading entries, checking documents, storing in the vault. */
  'packets.importProgress': z.object({
    phase: importPhaseSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    fileName: z.string().optional(),
  }),
};
