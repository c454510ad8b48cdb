// Calls for certificates, signing and verification. Keys never leave main: the renderer names a
// stored certificate by id and hands over the passphrase for one signing, which main uses once
// and forgets. Bytes never travel: documents are named by their vault SHA-256, and a certificate
// file enters through a file the person picks in a main-process dialog, or names in the
// certificate inbox folder where there is no dialog (the web host); either way a short-lived token.
import { z } from 'zod';
import { defineCall } from './define';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 harus 64 digit heksadesimal huruf kecil' });

/** Same rule as the prepared fields of generated documents (a PDF partial field name). */
export const signatureFieldNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, { error: 'Nama kolom tanda tangan: huruf, angka, _ atau -, diawali huruf (maks. 40)' });

const passphrase = z
  .string({ error: 'Kata sandi sertifikat wajib diisi' })
  .min(1, { error: 'Kata sandi sertifikat wajib diisi' })
  .max(1024, { error: 'Kata sandi terlalu panjang' });

export const certificateSummarySchema = z.object({
  /** SHA-256 of the signing certificate (DER), lowercase hex: stable across re-imports. */
  id: sha256,
  kind: z.enum(['local-p12', 'remote']),
  subjectName: z.string(),
  /** 18-digit NIP when the CA put it in the subject's serialNumber. */
  nip: z.string().optional(),
  subject: z.string(),
  issuerName: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  validFrom: z.iso.datetime(),
  validTo: z.iso.datetime(),
  keyDescription: z.string(),
  importedAt: z.iso.datetime(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

export const signatureReportSchema = z.object({
  field: z.string(),
  signerName: z.string().optional(),
  signerNip: z.string().optional(),
  signedAt: z.iso.datetime().optional(),
  subFilter: z.string().optional(),
  byteRange: z.array(z.number().int()),
  coversWholeFile: z.boolean(),
  byteRangeSound: z.boolean(),
  digestValid: z.boolean(),
  signatureValid: z.boolean(),
  padesBaseline: z.boolean(),
  chainTrusted: z.boolean(),
  certificateValidAtSigningTime: z.boolean(),
  /** pdfsig's verdict in our words: valid, digest_mismatch, invalid, unreadable. */
  status: z.enum(['valid', 'digest_mismatch', 'invalid', 'unreadable']),
  problems: z.array(z.string()),
});
export type SignatureReportOutput = z.infer<typeof signatureReportSchema>;

export const certificateInboxEntrySchema = z.object({
  /** A plain file name in the certificate inbox folder (.p12 or .pfx). */
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type CertificateInboxEntry = z.infer<typeof certificateInboxEntrySchema>;

export const signingCalls = {
  'signing.chooseCertificateFile': defineCall({
    summary: 'Membuka dialog pilih berkas sertifikat (.p12/.pfx); menjawab token sementara untuk impor, atau batal.',
    input: z.object({}).strict(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), token: z.string(), fileName: z.string() }),
      z.object({ chosen: z.literal(false) }),
    ]),
  }),
  'signing.listCertificateInbox': defineCall({
    summary: 'Daftar berkas sertifikat (.p12/.pfx) di folder kotak masuk sertifikat (untuk tampilan tanpa dialog berkas).',
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), entries: z.array(certificateInboxEntrySchema) }),
  }),
  'signing.chooseCertificateFromInbox': defineCall({
    summary: 'Memilih satu berkas sertifikat dari folder kotak masuk menurut namanya; menjawab token sementara untuk impor.',
    input: z.object({ name: z.string().min(1, { error: 'Nama berkas wajib diisi' }).max(255, { error: 'Nama berkas terlalu panjang' }) }).strict(),
    output: z.object({ token: z.string(), fileName: z.string() }),
  }),
  'signing.importCertificate': defineCall({
    summary: 'Menyimpan berkas sertifikat yang dipilih ke penyimpanan kunci setelah kata sandinya terbukti benar.',
    input: z.object({ token: z.string().min(1).max(200), passphrase }).strict(),
    output: certificateSummarySchema,
  }),
  'signing.listCertificates': defineCall({
    summary: 'Daftar sertifikat penanda tangan yang tersimpan di perangkat ini.',
    input: z.object({}).strict(),
    output: z.array(certificateSummarySchema),
  }),
  'signing.removeCertificate': defineCall({
    summary: 'Menghapus sertifikat (dan kuncinya) dari penyimpanan kunci perangkat ini.',
    input: z.object({ certificateId: sha256 }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
  'signing.sign': defineCall({
    summary: 'Menandatangani kolom tanda tangan dokumen (PAdES); hasilnya disimpan sebagai berkas baru.',
    input: z
      .object({
        documentSha256: sha256,
        certificateId: sha256,
        passphrase,
        field: signatureFieldNameSchema,
        reason: z.string().trim().min(1, { error: 'Alasan penandatanganan wajib diisi' }).max(200),
        location: z.string().trim().min(1).max(100).default('Bontang'),
      })
      .strict(),
    output: z.object({ sha256, field: z.string(), signedAt: z.iso.datetime() }),
  }),
  'signing.verify': defineCall({
    summary: 'Memeriksa semua tanda tangan elektronik pada dokumen di penyimpanan.',
    input: z.object({ sha256 }).strict(),
    output: z.object({ signatures: z.array(signatureReportSchema), unsignedFields: z.array(z.string()) }),
  }),
};
