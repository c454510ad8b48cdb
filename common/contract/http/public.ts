// What the server publishes beyond sync: the working-day calendar, the verification lookup a
// letter's QR code points to, and the signed recommendations the licensing office collects.
import { z } from 'zod';
import { calendarDateSchema, holidayCalendarDocumentSchema, recordIdSchema, sha256HexSchema, verificationReferenceSchema } from '../../domain';
import { seqSchema } from '../../sync/ids';
import { binary, defineRoute, errorSchema } from './route';

export const calendarResponseSchema = z.object({
  document: holidayCalendarDocumentSchema,
  /** Where it came from: the server's published copy, or the one built in until one is published. */
  source: z.enum(['published', 'built_in']),
});

export const documentParamsSchema = z.object({ documentId: recordIdSchema });

/** A signed document's id, or the reference a letter's QR code names (`berkas-<application>`). */
export const verificationParamsSchema = z.object({ reference: verificationReferenceSchema });

/**
 * Deliberately without personal data: anyone holding the letter can check it, so the answer
 * shows only what the letter itself shows to its reader (signer, date) and its fingerprint.
 */
export const verificationSchema = z.object({
  documentId: recordIdSchema,
  sha256: sha256HexSchema,
  signer: z.string(),
  /** `signed`: valid and awaiting delivery; `delivered`: handed to the licensing office. */
  status: z.enum(['signed', 'delivered']),
  date: calendarDateSchema,
});
export type Verification = z.infer<typeof verificationSchema>;

export const recommendationSchema = z.object({
  documentId: recordIdSchema,
  applicationId: recordIdSchema,
  registrationNumber: z.string(),
  applicantName: z.string(),
  recommendation: z.enum(['issue', 'reject']),
  sha256: sha256HexSchema,
  signer: z.string(),
  signedOn: calendarDateSchema,
  status: z.enum(['signed', 'delivered']),
  /** Log position of the signature: list with `after` to fetch only what is new. */
  seq: seqSchema,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const publicRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/health',
    summary: 'Server hidup dan basis data terjangkau.',
    access: 'public',
    responses: { 200: z.object({ status: z.literal('ok') }) },
  }),
  calendar: defineRoute({
    method: 'GET',
    path: '/calendar',
    summary: 'Kalender hari kerja (hari libur nasional dan cuti bersama) yang berlaku.',
    access: 'public',
    responses: { 200: calendarResponseSchema },
  }),
  replaceCalendar: defineRoute({
    method: 'PUT',
    path: '/calendar',
    summary: 'Ganti kalender hari kerja (versi harus lebih baru dari yang berlaku).',
    access: ['admin'],
    body: holidayCalendarDocumentSchema,
    responses: { 200: calendarResponseSchema, 400: errorSchema, 409: errorSchema },
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/verify/:reference',
    summary: 'Verifikasi dokumen bertanda tangan elektronik (tujuan kode QR: id dokumen, atau berkas-<id permohonan> untuk surat rekomendasinya); tanpa data pribadi.',
    access: 'public',
    params: verificationParamsSchema,
    responses: { 200: verificationSchema, 404: errorSchema },
  }),
  recommendations: defineRoute({
    method: 'GET',
    path: '/recommendations',
    summary: 'Surat rekomendasi yang sudah ditandatangani, untuk diunduh DPMPTSP.',
    access: ['licensing_office', 'supervisor', 'admin'],
    query: z.object({ after: z.coerce.number().int().nonnegative().default(0) }),
    responses: { 200: z.object({ recommendations: z.array(recommendationSchema) }) },
  }),
  recommendationPdf: defineRoute({
    method: 'GET',
    path: '/recommendations/:documentId/pdf',
    summary: 'Berkas PDF surat rekomendasi bertanda tangan.',
    access: ['licensing_office', 'supervisor', 'admin'],
    params: documentParamsSchema,
    responses: { 200: binary, 404: errorSchema },
  }),
};
