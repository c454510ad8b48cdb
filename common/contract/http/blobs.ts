// Blobs (packet documents, site photos, generated and signed PDFs), addressed by SHA-256 and
// uploaded before the operations that name them. Uploads resume: HEAD tells how many bytes the
// server holds, PUT sends the rest from that offset.
import { z } from 'zod';
import { sha256HexSchema } from '../../domain';
import { binary, defineRoute, empty, errorSchema } from './route';

export const blobHeaders = {
  /** PUT: where this request's bytes start. HEAD/answers: how many bytes the server holds. */
  offset: 'upload-offset',
  /** PUT: the blob's total size in bytes. */
  length: 'upload-length',
} as const;

/** Largest blob the server accepts by default (a scanned packet document, a signed letter). */
export const DEFAULT_MAX_BLOB_BYTES = 200 * 1024 * 1024;

export const blobParamsSchema = z.object({ sha256: sha256HexSchema });

const byteCount = z.string().regex(/^\d{1,15}$/, { error: 'harus berupa bilangan bulat tidak negatif' }).transform(Number);

export const uploadHeadersSchema = z.object({
  [blobHeaders.offset]: byteCount,
  [blobHeaders.length]: byteCount,
});

const offsetHeader = { [blobHeaders.offset]: 'Byte blob yang sudah dipegang server (lanjutkan unggahan dari sini).' };

export const uploadStatusSchema = z.object({
  sha256: sha256HexSchema,
  /** Bytes the server holds. */
  offset: z.number().int().nonnegative(),
  /** Whether the blob is complete and verified. */
  complete: z.boolean(),
});
export type UploadStatus = z.infer<typeof uploadStatusSchema>;

/** 409: the offset sent is not where the upload stands (or another upload of it is running). */
export const offsetMismatchSchema = errorSchema.extend({ offset: z.number().int().nonnegative() });

export const blobRoutes = {
  blobStatus: defineRoute({
    method: 'HEAD',
    path: '/blobs/:sha256',
    summary: 'Status unggahan: 200 bila lengkap; 404 bila belum, dengan Upload-Offset = byte yang sudah diterima.',
    access: ['verifier', 'supervisor', 'admin'],
    params: blobParamsSchema,
    responseHeaders: offsetHeader,
    responses: { 200: empty, 404: empty },
  }),
  uploadBlob: defineRoute({
    method: 'PUT',
    path: '/blobs/:sha256',
    summary: 'Unggah (lanjutan) byte mulai dari Upload-Offset; diperiksa SHA-256 saat lengkap.',
    access: ['verifier', 'supervisor', 'admin'],
    params: blobParamsSchema,
    headers: uploadHeadersSchema,
    responseHeaders: offsetHeader,
    body: binary,
    responses: {
      200: uploadStatusSchema,
      201: uploadStatusSchema,
      202: uploadStatusSchema,
      400: errorSchema,
      409: offsetMismatchSchema,
      413: errorSchema,
      422: errorSchema,
    },
  }),
  downloadBlob: defineRoute({
    method: 'GET',
    path: '/blobs/:sha256',
    summary: 'Isi blob (verifikator: hanya blob berkas yang ditugaskan kepadanya).',
    access: ['verifier', 'supervisor', 'admin'],
    params: blobParamsSchema,
    responses: { 200: binary, 404: errorSchema },
  }),
};
