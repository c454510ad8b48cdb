// The holiday calendar as data. National holidays and collective leave (cuti bersama) are set
// each year by a joint decree of three ministers (SKB 3 Menteri) and can be amended mid-year —
// 18 August 2025 was added on 7 August 2025 — so the server publishes this document and
// replaces it at run time; code never lists a holiday.
import { z } from 'zod';
import { calendarDateSchema, dateParts } from '../dates';

const nameSchema = z.string().trim().min(1, { error: 'Nama hari libur wajib diisi' });

const holidaySchema = z.object({ date: calendarDateSchema, name: nameSchema });

const collectiveLeaveSchema = z.object({
  date: calendarDateSchema,
  name: nameSchema,
  /** The decree that set it, e.g. the amending SKB for 18 Aug 2025. */
  decree: z.string().trim().min(1).optional(),
});

const yearSchema = z.object({
  // Every Indonesian year has national holidays; an empty list means a half-filled document,
  // and would silently turn that year's holidays into working days.
  holidays: z.array(holidaySchema).min(1, { error: 'Daftar hari libur nasional tahun ini kosong' }),
  collectiveLeave: z.array(collectiveLeaveSchema),
});

/**
 * `{ version, issuedAt, years: { "2026": { holidays: [{date, name}], collectiveLeave: [...] } } }`.
 * Checks beyond shape: every date lies in the year it is listed under, and no date is listed
 * twice (within or across the two lists). Dates on weekends are allowed: Idulfitri 2026 falls on
 * a Saturday and Sunday, and the document should say so even though nothing changes.
 */
export const holidayCalendarDocumentSchema = z
  .object({
    /** Increases with each published replacement, so a client can keep the newest. */
    version: z.number().int().min(1),
    issuedAt: calendarDateSchema,
    years: z.record(z.string(), yearSchema).refine((years) => Object.keys(years).length > 0, { error: 'Kalender harus memuat sedikitnya satu tahun' }),
  })
  .superRefine((doc, ctx) => {
    for (const [yearKey, year] of Object.entries(doc.years)) {
      // Checked here rather than by the record's key schema, whose message zod replaces.
      if (!/^\d{4}$/.test(yearKey)) {
        ctx.addIssue({ code: 'custom', path: ['years', yearKey], message: `Kunci tahun "${yearKey}" harus empat angka, misalnya "2026"` });
        continue;
      }
      const seen = new Map<string, string>();
      const lists = [
        ['holidays', year.holidays],
        ['collectiveLeave', year.collectiveLeave],
      ] as const;
      for (const [list, entries] of lists) {
        entries.forEach((entry, i) => {
          const path = ['years', yearKey, list, i, 'date'];
          if (dateParts(entry.date).year !== Number(yearKey)) {
            ctx.addIssue({ code: 'custom', path, message: `Tanggal ${entry.date} tidak termasuk tahun ${yearKey}` });
          }
          const first = seen.get(entry.date);
          if (first !== undefined) {
            ctx.addIssue({ code: 'custom', path, message: `Tanggal ${entry.date} tercantum lebih dari sekali (sudah ada sebagai "${first}")` });
          } else {
            seen.set(entry.date, entry.name);
          }
        });
      }
    }
  });

export type HolidayCalendarDocument = z.output<typeof holidayCalendarDocumentSchema>;
/** The document as JSON carries it (plain strings), before validation. */
export type HolidayCalendarDocumentInput = z.input<typeof holidayCalendarDocumentSchema>;
