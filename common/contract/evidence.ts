// Calls for site photos taken as evidence. As with packets, the renderer never names a path: in
// Electron main shows its own open dialog (`pickPhotos`); in the web host, which has no dialog,
// the renderer may only name a file of the photo inbox folder (`listPhotoInbox` →
// `importPhotoFromInbox`). Main checks each file by its content (JPEG or PNG, size limit), reads
// the capture time and GPS position from its EXIF, stores it in the vault and answers the
// SHA-256; the renderer then pins it to a finding and shows it by vault URL.
import { z } from 'zod';
import { coordinatesSchema, sha256HexSchema } from '../domain/application';
import { photoTimeSourceSchema } from '../domain/findings';
import { defineCall } from './define';

export const photoMediaTypeSchema = z.enum(['image/jpeg', 'image/png']);

export { photoTimeSourceSchema, type PhotoTimeSource } from '../domain/findings';

export const importedPhotoSchema = z.object({
  sha256: sha256HexSchema,
  /** The name it had on disk, for people; the vault knows it only by SHA-256. */
  fileName: z.string(),
  mediaType: photoMediaTypeSchema,
  sizeBytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** When it was taken, from EXIF: an ISO instant with offset. Absent when the file says nothing. */
  takenAt: z.iso.datetime({ offset: true }).optional(),
  takenAtSource: photoTimeSourceSchema.optional(),
  /** Where it was taken, from EXIF GPS. */
  location: coordinatesSchema.optional(),
});
export type ImportedPhoto = z.infer<typeof importedPhotoSchema>;

export const photoRefusalSchema = z.object({ fileName: z.string(), code: z.string(), message: z.string() });
export type PhotoRefusal = z.infer<typeof photoRefusalSchema>;

export const photoInboxEntrySchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** ISO 8601 instant of the last change. */
  modifiedAt: z.string(),
});
export type PhotoInboxEntry = z.infer<typeof photoInboxEntrySchema>;

export const evidenceCalls = {
  'evidence.pickPhotos': defineCall({
    summary: 'Memilih foto lokasi (JPEG/PNG) lewat dialog aplikasi, lalu menyimpannya beserta waktu dan lokasi dari EXIF (hanya di Electron).',
    input: z.object({}).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      /** Each chosen file is stored or refused on its own: one bad file does not lose the others. */
      z.object({ status: z.literal('picked'), photos: z.array(importedPhotoSchema), refused: z.array(photoRefusalSchema) }),
    ]),
  }),
  'evidence.listPhotoInbox': defineCall({
    summary: 'Daftar foto (JPEG/PNG) di folder kotak masuk foto (untuk tampilan tanpa dialog berkas).',
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), entries: z.array(photoInboxEntrySchema) }),
  }),
  'evidence.importPhotoFromInbox': defineCall({
    summary: 'Menyimpan satu foto dari folder kotak masuk foto menurut namanya, beserta waktu dan lokasi dari EXIF.',
    input: z.object({ name: z.string().min(1, { error: 'Nama berkas wajib diisi' }).max(255, { error: 'Nama berkas terlalu panjang' }) }).strict(),
    output: importedPhotoSchema,
  }),
};
