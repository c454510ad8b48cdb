// The particulars the documents need beyond the findings: letter numbers, the team and the
// officials, the letterhead and the addressee. They are kept in the settings database as the
// person typed them (renderer/db/letters.ts; numbers from the configured pattern); they become
// contract inputs only through the contract's own schemas.
import { z } from 'zod';
import { recommendationLetterInputSchema, verificationReportInputSchema } from '../../../common/contract/documents';
import { letterVerificationUrl, type Application, type CalendarDate, type Finding } from '../../../common/domain';
import { letterParticularsSchema, type FileLetterNumbers, type LetterParticulars } from '../../db/letters';
import { t } from '../../i18n';
import type { KeyValueStorage } from '../findings';

const text = t.workspace.decision;

export type PersonFields = LetterParticulars['signatory'];
export type LetterSettings = LetterParticulars;
export type LetterNumbers = FileLetterNumbers;
const letterNumbersSchema = z.object({ report: z.string(), letter: z.string() });

const nobody: PersonFields = { name: '', nip: '', position: '' };

/** The Dinas this edition serves (DOMAIN.md); people and numbers are left for the person. */
export const defaultLetterSettings: LetterSettings = {
  government: 'PEMERINTAH KOTA BONTANG',
  agency: 'Dinas Koperasi, Usaha Kecil Menengah, dan Perdagangan',
  addressLines: '',
  place: 'Bontang',
  region: 'Kota Bontang',
  addresseeTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bontang',
  addresseePlace: 'Bontang',
  team: [nobody, nobody],
  acknowledgedBy: nobody,
  signatory: nobody,
  verificationUrl: '',
  carbonCopies: '',
};

// Where earlier versions kept the particulars (localStorage): read once, to carry them over.
const LEGACY_SETTINGS_KEY = 'verikop.letterSettings.v1';
const legacyNumbersKey = (applicationId: string) => `verikop.letterNumbers.v1:${applicationId}`;

function takeLegacy<T>(storage: KeyValueStorage | undefined, key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(storage?.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Particulars an earlier version left in localStorage, if any. */
export const legacyLetterSettings = (s: KeyValueStorage | undefined): LetterSettings | undefined => takeLegacy(s, LEGACY_SETTINGS_KEY, letterParticularsSchema);
export const legacyLetterNumbers = (s: KeyValueStorage | undefined, id: string): LetterNumbers | undefined => takeLegacy(s, legacyNumbersKey(id), letterNumbersSchema);
/** Once carried over, the old copies go: two places holding one value drift apart. */
export function forgetLegacy(s: KeyValueStorage | undefined, id: string): void {
  try {
    s?.removeItem(LEGACY_SETTINGS_KEY);
    s?.removeItem(legacyNumbersKey(id));
  } catch {
    // Refused storage: nothing was carried from it either.
  }
}

const lines = (value: string): string[] => value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const official = (p: PersonFields) => ({ name: p.name, nip: p.nip, position: p.position });
const filled = (p: PersonFields): boolean => p.name.trim() !== '' || p.nip.trim() !== '' || p.position.trim() !== '';

export type ReportInput = z.input<typeof verificationReportInputSchema>;
export type LetterInput = z.input<typeof recommendationLetterInputSchema>;

export type DocumentInputs = { readonly ok: true; readonly report: ReportInput; readonly letter: LetterInput } | { readonly ok: false; readonly problems: readonly string[] };

const fieldLabels: Readonly<Record<string, string>> = {
  team: text.team,
  acknowledgedBy: text.acknowledgedBy,
  signatory: text.signatory,
  verificationUrl: text.verificationUrl,
  carbonCopies: text.carbonCopies,
  report: text.reportNumber,
  'office.government': text.government,
  'office.agency': text.agency,
  'office.addressLines': text.address,
  'office.place': text.place,
  'office.region': text.region,
  'addressee.title': text.addressee,
  'addressee.place': text.addresseePlace,
};

function problemsOf(error: z.ZodError, numberLabel: string): string[] {
  return error.issues.map((issue) => {
    const [head, sub] = issue.path.map(String);
    if (head === 'number') return `${numberLabel}: ${issue.message}`;
    if (head === 'office' && sub === 'addressLines' && issue.code === 'too_small') return `${text.address}: ${text.addressMissing}`;
    const label = fieldLabels[`${head ?? ''}.${sub ?? ''}`] ?? fieldLabels[head ?? ''];
    return label === undefined ? issue.message : `${label}: ${issue.message}`;
  });
}

/** The two generate inputs, or every problem with the particulars (in Indonesian, by field). */
export function documentInputs(application: Application, findings: readonly Finding[], settings: LetterSettings, numbers: LetterNumbers, date: CalendarDate): DocumentInputs {
  const office = { government: settings.government, agency: settings.agency, addressLines: lines(settings.addressLines), place: settings.place, region: settings.region };
  const report: ReportInput = {
    application,
    findings: [...findings],
    number: numbers.report,
    date,
    office,
    team: settings.team.filter(filled).map(official),
    acknowledgedBy: official(settings.acknowledgedBy),
  };
  const letter: LetterInput = {
    application,
    findings: [...findings],
    number: numbers.letter,
    date,
    office,
    addressee: { title: settings.addresseeTitle, place: settings.addresseePlace },
    report: { number: numbers.report, date },
    signatory: official(settings.signatory),
    attachments: 1,
    carbonCopies: lines(settings.carbonCopies),
    // The QR code names the id the signed letter will have, so the lookup answers for it.
    verificationUrl: letterVerificationUrl(settings.verificationUrl, application.id),
  };
  const r = verificationReportInputSchema.safeParse(report);
  const l = recommendationLetterInputSchema.safeParse(letter);
  const problems = [...(r.success ? [] : problemsOf(r.error, text.reportNumber)), ...(l.success ? [] : problemsOf(l.error, text.letterNumber))];
  // Both documents share the office: say a problem with it once.
  const unique = [...new Set(problems)];
  return unique.length === 0 ? { ok: true, report, letter } : { ok: false, problems: unique };
}
