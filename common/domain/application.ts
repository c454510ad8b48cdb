// The application as the licensing office (DPMPTSP) hands it to the Dinas, and as every process
// of Verikop stores it. Schemas are the source of truth; types are inferred from them.
//
// What this schema checks and what it leaves to the rules: the schema rejects data that cannot
// be meant (a date that is not on the calendar, a period that ends before it starts, a document
// reference that points nowhere). Data that is meaningful but fails a requirement — a missing
// permit, a NIK with a wrong birth date, too few members — is accepted here, so that the rules
// can report it to the verifier row by row instead of refusing the whole file.
import { z } from 'zod';
import { calendarDateSchema, compareDates } from './dates';

export const requirementIds = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'] as const;
export const requirementIdSchema = z.enum(requirementIds, { error: 'Kode persyaratan harus R1 sampai R8' });
export type RequirementId = z.infer<typeof requirementIdSchema>;

const text = (label: string, max = 300) =>
  z
    .string({ error: `${label} harus berupa teks` })
    .trim()
    .min(1, { error: `${label} wajib diisi` })
    .max(max, { error: `${label} terlalu panjang (maksimal ${max} karakter)` });

/** Ids travel into URLs and vault paths, so they are restricted to a safe alphabet. */
export const recordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'Id hanya boleh berisi huruf, angka, titik, garis bawah, atau tanda hubung (maksimal 64)' });

/** Kode wilayah kabupaten/kota (Kemendagri), e.g. 6474 = Kota Bontang. */
export const kabKotaCodeSchema = z.string().regex(/^(?!00)\d{2}(?!00)\d{2}$/, { error: 'Kode kabupaten/kota harus 4 digit, mis. 6474 untuk Kota Bontang' });

/** A NIK as written in the file: kept raw, because rule R3 reports malformed ones per row. */
const rawNikSchema = z.string({ error: 'NIK harus berupa teks' }).max(64, { error: 'NIK terlalu panjang' });

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 harus 64 digit heksadesimal huruf kecil' });

export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** An inclusive period of calendar dates: both `from` and `to` are days inside it. */
export const periodSchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .refine((p) => compareDates(p.from, p.to) <= 0, { error: 'Akhir periode tidak boleh sebelum awalnya', path: ['to'] });
export type Period = z.infer<typeof periodSchema>;

export const cooperativeSchema = z.object({
  name: text('Nama koperasi'),
  legalEntity: z.object({
    number: text('Nomor badan hukum', 120),
    date: calendarDateSchema,
  }),
  /** Nomor Induk Berusaha from OSS: 13 digits. */
  nib: z.string().regex(/^\d{13}$/, { error: 'NIB harus 13 digit angka' }),
  address: text('Alamat koperasi', 500),
});
export type Cooperative = z.infer<typeof cooperativeSchema>;

export const operatingPermitSchema = z
  .object({
    number: text('Nomor izin operasional', 120),
    issuer: text('Penerbit izin operasional', 200),
    date: calendarDateSchema,
    /** Absent when the permit does not expire. */
    validUntil: calendarDateSchema.optional(),
  })
  .refine((p) => p.validUntil === undefined || compareDates(p.date, p.validUntil) <= 0, {
    error: 'Masa berlaku izin tidak boleh berakhir sebelum tanggal izin',
    path: ['validUntil'],
  });
export type OperatingPermit = z.infer<typeof operatingPermitSchema>;

export const branchOfficeSchema = z.object({
  name: text('Nama kantor cabang', 200),
  address: text('Alamat kantor cabang', 500),
  kabKotaCode: kabKotaCodeSchema,
  /** Absent when the applicant did not submit one (R1 fails). */
  operatingPermit: operatingPermitSchema.optional(),
  /** Start of savings-and-loan operations; absent when unknown (R2 needs data). */
  operationsStartedOn: calendarDateSchema.optional(),
});
export type BranchOffice = z.infer<typeof branchOfficeSchema>;

export const plannedSubBranchSchema = z.object({
  address: text('Alamat kantor cabang pembantu', 500),
  kabKotaCode: kabKotaCodeSchema,
  coordinates: coordinatesSchema.optional(),
});
export type PlannedSubBranch = z.infer<typeof plannedSubBranchSchema>;

export const prospectiveHeadSchema = z.object({
  name: text('Nama calon pimpinan', 200),
  nik: rawNikSchema,
  position: text('Jabatan calon pimpinan', 200),
  /** The submitted document holding the head's CV; absent when none was submitted (R7 fails). */
  cvDocumentId: recordIdSchema.optional(),
});
export type ProspectiveHead = z.infer<typeof prospectiveHeadSchema>;

export const staffMemberSchema = z.object({
  name: text('Nama calon karyawan', 200),
  nik: rawNikSchema,
  position: text('Jabatan calon karyawan', 200),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const memberSchema = z.object({
  name: text('Nama anggota', 200),
  nik: rawNikSchema,
  address: text('Alamat anggota', 500),
});
export type Member = z.infer<typeof memberSchema>;

export const competencyCertificateSchema = z
  .object({
    number: text('Nomor sertifikat', 120),
    issuer: text('Penerbit sertifikat', 200),
    holder: text('Nama pemegang sertifikat', 200),
    validFrom: calendarDateSchema,
    validUntil: calendarDateSchema,
  })
  .refine((c) => compareDates(c.validFrom, c.validUntil) <= 0, {
    error: 'Masa berlaku sertifikat tidak boleh berakhir sebelum mulai berlaku',
    path: ['validUntil'],
  });
export type CompetencyCertificate = z.infer<typeof competencyCertificateSchema>;

/** Persetujuan Bupati/Walikota setempat (R5). */
export const regionalApprovalSchema = z.object({
  number: text('Nomor surat persetujuan', 120),
  date: calendarDateSchema,
  /** Who approved, e.g. "Wali Kota Bontang". */
  official: text('Pejabat pemberi persetujuan', 200),
});
export type RegionalApproval = z.infer<typeof regionalApprovalSchema>;

export const submittedDocumentSchema = z.object({
  id: recordIdSchema,
  requirement: requirementIdSchema,
  fileName: text('Nama berkas', 255),
  mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, { error: 'Jenis berkas (media type) tidak valid' }),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  pages: z.number().int().positive().optional(),
});
export type SubmittedDocument = z.infer<typeof submittedDocumentSchema>;

const MAX_MEMBERS = 100_000;

export const applicationSchema = z
  .object({
    id: recordIdSchema,
    /** Nomor registrasi/permohonan from Perizinan Digital (DPMPTSP). */
    registrationNumber: text('Nomor registrasi', 120),
    applicant: cooperativeSchema,
    branchOffice: branchOfficeSchema,
    subBranch: plannedSubBranchSchema,
    prospectiveHead: prospectiveHeadSchema.optional(),
    staff: z.array(staffMemberSchema).max(1_000),
    members: z.array(memberSchema).max(MAX_MEMBERS),
    /** Period covered by the Kantor Cabang's financial report (R4); absent when none submitted. */
    financialReportPeriod: periodSchema.optional(),
    /** Period covered by the KCP work plan (R6); absent when none submitted. */
    workPlanPeriod: periodSchema.optional(),
    competencyCertificate: competencyCertificateSchema.optional(),
    regionalApproval: regionalApprovalSchema.optional(),
    documents: z.array(submittedDocumentSchema).max(1_000),
    /** Date of the application in Perizinan Digital. */
    applicationDate: calendarDateSchema,
    /** Date the file reached the Dinas; the 30-working-day clock starts here. */
    receivedAt: calendarDateSchema,
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.documents.forEach((doc, i) => {
      if (seen.has(doc.id)) ctx.addIssue({ code: 'custom', message: `Id dokumen ganda: ${doc.id}`, path: ['documents', i, 'id'] });
      seen.add(doc.id);
    });
    const cv = a.prospectiveHead?.cvDocumentId;
    if (cv !== undefined && !seen.has(cv)) {
      ctx.addIssue({ code: 'custom', message: `Dokumen riwayat hidup ${cv} tidak ada dalam daftar dokumen`, path: ['prospectiveHead', 'cvDocumentId'] });
    }
    if (compareDates(a.receivedAt, a.applicationDate) < 0) {
      ctx.addIssue({ code: 'custom', message: 'Tanggal diterima Dinas tidak boleh sebelum tanggal permohonan', path: ['receivedAt'] });
    }
  });

/** An application after parsing (dates are branded CalendarDate). */
export type Application = z.infer<typeof applicationSchema>;
/** What a packet manifest or a form may contain before parsing. */
export type ApplicationInput = z.input<typeof applicationSchema>;
