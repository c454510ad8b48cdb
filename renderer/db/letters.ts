// The letters' particulars on this device, in the settings database: the office-wide part (the
// letterhead, the team, the officials, the addressee) as the person typed it, and the letter
// numbers given to each file's Berita Acara and Surat Rekomendasi. Numbers follow the configured
// pattern with one sequence per year shared by both kinds of letter, as one outgoing register
// does; the register keeps every number given, so a number is never handed out twice.
import { z } from 'zod';
import { formatLetterNumber, nextSequence, parseLetterNumber, type LetterNumberPattern } from '../../common/domain';
import { toDbError } from './errors';
import type { SettingsDb } from './settings';

const person = z.object({ name: z.string(), nip: z.string(), position: z.string() });

/** As typed: the contract's schemas check them when a document is generated. */
export const letterParticularsSchema = z.object({
  government: z.string(),
  agency: z.string(),
  /** One address line per line of text. */
  addressLines: z.string(),
  place: z.string(),
  region: z.string(),
  addresseeTitle: z.string(),
  addresseePlace: z.string(),
  team: z.tuple([person, person]),
  acknowledgedBy: person,
  signatory: person,
  verificationUrl: z.string(),
  /** One tembusan per line. */
  carbonCopies: z.string(),
});
export type LetterParticulars = z.infer<typeof letterParticularsSchema>;

export const letterKinds = ['verification_report', 'recommendation_letter'] as const;
export type LetterKind = (typeof letterKinds)[number];

export interface LetterNumberRow {
  readonly applicationId: string;
  readonly kind: LetterKind;
  readonly text: string;
  /** Present when the text reads under the pattern: it then counts in that year's sequence. */
  readonly year?: number;
  readonly sequence?: number;
  readonly updatedAt: string;
}

export interface FileLetterNumbers {
  readonly report: string;
  readonly letter: string;
}

async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    // A full disk becomes the same typed failure the records report.
    throw toDbError(e);
  }
}

/** The stored particulars, or undefined when none are stored or they no longer validate. */
export async function getLetterParticulars(db: SettingsDb): Promise<LetterParticulars | undefined> {
  const parsed = letterParticularsSchema.safeParse((await db.settings.get('letterParticulars'))?.value);
  return parsed.success ? parsed.data : undefined;
}

export function saveLetterParticulars(db: SettingsDb, value: LetterParticulars): Promise<void> {
  const parsed = letterParticularsSchema.parse(value);
  return guarded(async () => {
    await db.settings.put({ key: 'letterParticulars', value: parsed, updatedAt: new Date().toISOString() });
  });
}

export async function getFileLetterNumbers(db: SettingsDb, applicationId: string): Promise<FileLetterNumbers> {
  const rows = await db.letterNumbers.where('[applicationId+kind]').anyOf(letterKinds.map((k) => [applicationId, k])).toArray();
  const text = (kind: LetterKind): string => rows.find((r) => r.kind === kind)?.text ?? '';
  return { report: text('verification_report'), letter: text('recommendation_letter') };
}

function rowOf(pattern: LetterNumberPattern | undefined, applicationId: string, kind: LetterKind, text: string): LetterNumberRow {
  const parsed = pattern === undefined ? undefined : parseLetterNumber(pattern, text);
  const numbered = parsed?.ok === true ? { year: parsed.value.year, sequence: parsed.value.sequence } : {};
  return { applicationId, kind, text, ...numbered, updatedAt: new Date().toISOString() };
}

/**
 * Keeps the number the person typed for a file's letter; an empty text forgets it. A typed number
 * that reads under the pattern takes its place in the year's sequence, so the next number given
 * comes after it.
 */
export function setFileLetterNumber(db: SettingsDb, pattern: LetterNumberPattern | undefined, applicationId: string, kind: LetterKind, text: string): Promise<void> {
  return guarded(async () => {
    if (text.trim() === '') await db.letterNumbers.delete([applicationId, kind]);
    else await db.letterNumbers.put(rowOf(pattern, applicationId, kind, text));
  });
}

/**
 * The next number of `year` for this file's letter, from the pattern: one past the highest of the
 * year, both kinds together. Asking again for the same file, kind and year gives the number it
 * already has, so generating a document twice does not use up numbers.
 */
export function issueLetterNumber(db: SettingsDb, pattern: LetterNumberPattern, applicationId: string, kind: LetterKind, year: number): Promise<string> {
  return guarded(() =>
    db.transaction('rw', db.letterNumbers, async () => {
      const mine = await db.letterNumbers.get([applicationId, kind]);
      if (mine?.year === year && mine.sequence !== undefined) return mine.text;
      const issued = await db.letterNumbers.where('year').equals(year).toArray();
      const sequence = nextSequence(issued.flatMap((r) => (r.sequence === undefined ? [] : [{ year, sequence: r.sequence }])), year);
      const text = formatLetterNumber(pattern, { sequence, year });
      await db.letterNumbers.put({ applicationId, kind, text, year, sequence, updatedAt: new Date().toISOString() });
      return text;
    }),
  );
}
