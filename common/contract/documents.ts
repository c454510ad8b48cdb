// Generating the official documents. The renderer owns the records, so it sends what the view
// model needs (the application, the findings and the letter's particulars); main checks all of
// it with the domain schemas, builds the view model, lays out the PDF with prepared signature
// fields, stores it in the vault and answers its SHA-256. No bytes travel through the call.
import { z } from 'zod';
import {
  addresseeSchema,
  applicationSchema,
  calendarDateSchema,
  findingSchema,
  issuingOfficeSchema,
  officialSchema,
} from '../domain';
import { defineCall } from './define';

const letterNumber = z.string().trim().min(1, { error: 'Nomor surat wajib diisi' }).max(120);

export const verificationReportInputSchema = z.object({
  application: applicationSchema,
  findings: z.array(findingSchema).max(50),
  number: letterNumber,
  date: calendarDateSchema,
  office: issuingOfficeSchema,
  team: z.array(officialSchema).min(1, { error: 'Berita Acara memerlukan paling sedikit satu anggota Tim Teknis' }).max(10),
  acknowledgedBy: officialSchema,
});

export const recommendationLetterInputSchema = z.object({
  application: applicationSchema,
  findings: z.array(findingSchema).max(50),
  number: letterNumber,
  date: calendarDateSchema,
  office: issuingOfficeSchema,
  addressee: addresseeSchema,
  report: z.object({ number: letterNumber, date: calendarDateSchema }),
  signatory: officialSchema,
  attachments: z.number().int().min(0).max(99),
  carbonCopies: z.array(z.string().trim().min(1).max(300)).max(20),
  verificationUrl: z.url({ protocol: /^https$/, error: 'Alamat verifikasi harus URL https://' }).max(500),
});

export const documentKindSchema = z.enum(['verification_report', 'recommendation_letter']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const signatureFieldPlanSchema = z.object({
  /** Name of the prepared signature field: what `signing.sign` takes as `field`. */
  field: z.string(),
  role: z.string(),
  name: z.string(),
  nip: z.string(),
});

export const documentsCalls = {
  'documents.generate': defineCall({
    summary: 'Menyusun Berita Acara Verifikasi atau Surat Rekomendasi (PDF) dan menyimpannya; menjawab SHA-256-nya.',
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('verification_report'), requestId: z.string().max(100).optional(), input: verificationReportInputSchema }).strict(),
      z.object({ kind: z.literal('recommendation_letter'), requestId: z.string().max(100).optional(), input: recommendationLetterInputSchema }).strict(),
    ]),
    output: z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      kind: documentKindSchema,
      recommendation: z.enum(['issue', 'reject']),
      pageCount: z.number().int().positive(),
      sizeBytes: z.number().int().positive(),
      signatureFields: z.array(signatureFieldPlanSchema),
    }),
  }),
};

export const documentsEvents = {
  /** Progress of one `documents.generate`, matched by the caller's requestId. */
  'documents.progress': z.object({
    requestId: z.string().optional(),
    kind: documentKindSchema,
    step: z.number().int().nonnegative(),
    steps: z.number().int().positive(),
    label: z.string(),
  }),
};
