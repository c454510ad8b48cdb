// The people and offices named in the documents. A NIP (Nomor Induk Pegawai) has 18 digits:
// YYYYMMDD birth date, YYYYMM appointment, 1 digit sex (1 man, 2 woman), 3 digits serial.
import { z } from 'zod';
import { parseCalendarDate } from '../dates';

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} harus berupa teks` })
    .trim()
    .min(1, { error: `${label} wajib diisi` })
    .max(max, { error: `${label} terlalu panjang` });

const isNip = (s: string): boolean => {
  if (!/^\d{18}$/.test(s)) return false;
  const birth = parseCalendarDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  const appointmentMonth = Number(s.slice(12, 14));
  return birth !== undefined && appointmentMonth >= 1 && appointmentMonth <= 12 && (s[14] === '1' || s[14] === '2');
};

export const nipSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine(isNip, { error: 'NIP harus 18 digit: tanggal lahir, bulan pengangkatan, jenis kelamin (1/2) dan nomor urut' });

/** A civil servant as named in a signature block or a team list. */
export const officialSchema = z.object({
  name: text('Nama pejabat'),
  nip: nipSchema,
  position: text('Jabatan'),
  /** Pangkat/golongan, e.g. "Pembina (IV/a)"; printed under the name when given. */
  rank: text('Pangkat/golongan', 100).optional(),
});
export type Official = z.infer<typeof officialSchema>;

/** The issuing office for the kop surat and the closing of documents. */
export const issuingOfficeSchema = z.object({
  government: text('Nama pemerintah daerah'),
  agency: text('Nama dinas'),
  addressLines: z.array(text('Alamat', 300)).min(1).max(4),
  /** Place written before the date: "Bontang, 23 Maret 2026". */
  place: text('Tempat'),
  /** The city the team serves, for the opening text: "Kota Bontang". */
  region: text('Wilayah'),
});
export type IssuingOffice = z.infer<typeof issuingOfficeSchema>;

/** "Yth. Kepala DPMPTSP Kota Bontang / di - / Bontang". */
export const addresseeSchema = z.object({
  title: text('Tujuan surat', 300),
  place: text('Tempat tujuan'),
});
export type Addressee = z.infer<typeof addresseeSchema>;
