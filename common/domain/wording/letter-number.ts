// Letter numbers ("nomor surat") following the archive classification pattern, e.g.
// 500.3/017/DKUKMP/2026: classification code / sequence / unit code / year. Each Dinas words it
// differently, so the pattern is configuration, validated here once so that formatting can never
// produce a number the parser would not read back.
import { z } from 'zod';

export const LETTER_NUMBER_TOKENS = ['klasifikasi', 'nomor', 'unit', 'tahun'] as const;
export type LetterNumberToken = (typeof LETTER_NUMBER_TOKENS)[number];

export const DEFAULT_LETTER_NUMBER_TEMPLATE = '{klasifikasi}/{nomor}/{unit}/{tahun}';

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

type Segment = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'token'; readonly token: LetterNumberToken };

const isToken = (name: string): name is LetterNumberToken => (LETTER_NUMBER_TOKENS as readonly string[]).includes(name);

/** Splits a template into literals and tokens, or explains in Indonesian why it cannot. */
function tokenize(template: string): { segments: Segment[] } | { error: string } {
  const segments: Segment[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) segments.push({ kind: 'literal', text: template.slice(last, m.index) });
    const name = m[1] ?? '';
    if (!isToken(name)) {
      const allowed = LETTER_NUMBER_TOKENS.map((t) => `{${t}}`).join(', ');
      return { error: `Penanda {${name}} tidak dikenal; yang dapat dipakai: ${allowed}` };
    }
    segments.push({ kind: 'token', token: name });
    last = re.lastIndex;
  }
  if (last < template.length) segments.push({ kind: 'literal', text: template.slice(last) });
  if (segments.some((s) => s.kind === 'literal' && /[{}]/.test(s.text))) {
    return { error: 'Pola nomor surat memuat kurung kurawal yang tidak berpasangan' };
  }
  return { segments };
}

const countToken = (segments: readonly Segment[], token: LetterNumberToken): number =>
  segments.filter((s) => s.kind === 'token' && s.token === token).length;

/** Every reason the template cannot be used, in Indonesian; empty when it is sound. */
function templateProblems(segments: readonly Segment[]): string[] {
  const problems: string[] = [];
  for (const token of LETTER_NUMBER_TOKENS) {
    const n = countToken(segments, token);
    const required = token === 'nomor' || token === 'tahun';
    if (required && n === 0) problems.push(`Pola nomor surat wajib memuat {${token}}`);
    if (n > 1) problems.push(`Penanda {${token}} hanya boleh muncul sekali dalam pola nomor surat`);
  }
  // Two digit runs side by side ("0172026") cannot be told apart by a reader, nor safely parsed.
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    if (s.kind === 'token' && next?.kind === 'token' && (s.token === 'nomor' || s.token === 'tahun') && (next.token === 'nomor' || next.token === 'tahun')) {
      problems.push(`Penanda {${s.token}} dan {${next.token}} harus dipisahkan oleh tanda, misalnya "/"`);
    }
  });
  return problems;
}

const codeSchema = z
  .string()
  .trim()
  .regex(/^[^\s{}]+$/, { error: 'Kode tidak boleh kosong, berspasi, atau memuat kurung kurawal' });

/**
 * Letter-number configuration. `template` uses the tokens {klasifikasi}, {nomor}, {unit} and
 * {tahun}; {nomor} and {tahun} are required because the sequence restarts every year.
 * `classification` (e.g. "500.3") and `unitCode` (e.g. "DKUKMP") are required exactly when the
 * template uses them. The sequence is zero-padded to `sequenceDigits` (3: 17 → "017").
 */
export const letterNumberPatternSchema = z
  .object({
    template: z.string().default(DEFAULT_LETTER_NUMBER_TEMPLATE),
    classification: codeSchema.optional(),
    unitCode: codeSchema.optional(),
    sequenceDigits: z.number().int().min(1).max(6).default(3),
  })
  .superRefine((p, ctx) => {
    const parsed = tokenize(p.template);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: parsed.error });
      return;
    }
    for (const message of templateProblems(parsed.segments)) ctx.addIssue({ code: 'custom', path: ['template'], message });
    const uses = (t: LetterNumberToken): boolean => countToken(parsed.segments, t) > 0;
    const checkCode = (token: LetterNumberToken, key: 'classification' | 'unitCode', label: string): void => {
      if (uses(token) && p[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `Pola memakai {${token}}, jadi ${label} wajib diisi` });
      if (!uses(token) && p[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${label} diisi tetapi pola tidak memakai {${token}}` });
    };
    checkCode('klasifikasi', 'classification', 'kode klasifikasi');
    checkCode('unit', 'unitCode', 'kode unit');
  })
  .brand<'LetterNumberPattern'>();

/** A validated pattern: obtain one with letterNumberPatternSchema.parse(config). */
export type LetterNumberPattern = z.output<typeof letterNumberPatternSchema>;
export type LetterNumberPatternInput = z.input<typeof letterNumberPatternSchema>;

/** One issued letter number: its canonical text and the parts that make it unique. */
export interface LetterNumber {
  readonly text: string;
  readonly sequence: number;
  readonly year: number;
}

function segmentsOf(pattern: LetterNumberPattern): Segment[] {
  const parsed = tokenize(pattern.template);
  // The brand guarantees the schema accepted this template.
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.segments;
}

/** 500.3/017/DKUKMP/2026. Throws RangeError for a sequence below 1 or a year outside 1900–2999. */
export function formatLetterNumber(pattern: LetterNumberPattern, parts: { readonly sequence: number; readonly year: number }): string {
  const { sequence, year } = parts;
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Nomor urut surat harus bilangan bulat mulai 1 (diterima: ${String(sequence)})`);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Tahun nomor surat harus ${MIN_YEAR}–${MAX_YEAR} (diterima: ${String(year)})`);
  const values: Record<LetterNumberToken, string> = {
    klasifikasi: pattern.classification ?? '',
    nomor: String(sequence).padStart(pattern.sequenceDigits, '0'),
    unit: pattern.unitCode ?? '',
    tahun: String(year),
  };
  return segmentsOf(pattern)
    .map((s) => (s.kind === 'literal' ? s.text : values[s.token]))
    .join('');
}

export type LetterNumberParseResult =
  | { readonly ok: true; readonly value: LetterNumber }
  | { readonly ok: false; readonly code: 'pattern_mismatch' | 'invalid_sequence' | 'invalid_year'; readonly message: string };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a letter number written with `pattern`. Surrounding spaces are ignored and the sequence
 * may carry any number of leading zeros (people type "17" for "017"); the result's `text` is the
 * canonical form, so two spellings of one number compare equal.
 */
export function parseLetterNumber(pattern: LetterNumberPattern, text: string): LetterNumberParseResult {
  const source = segmentsOf(pattern)
    .map((s) => {
      if (s.kind === 'literal') return escapeRegExp(s.text);
      if (s.token === 'nomor') return '(?<nomor>\\d+)';
      if (s.token === 'tahun') return '(?<tahun>\\d{4})';
      return escapeRegExp((s.token === 'klasifikasi' ? pattern.classification : pattern.unitCode) ?? '');
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(text.trim());
  const groups = match?.groups;
  if (groups?.nomor === undefined || groups.tahun === undefined) {
    const example = formatLetterNumber(pattern, { sequence: 1, year: 2026 });
    return { ok: false, code: 'pattern_mismatch', message: `Nomor surat "${text}" tidak sesuai pola; contoh yang benar: ${example}` };
  }
  const sequence = Number(groups.nomor);
  const year = Number(groups.tahun);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    return { ok: false, code: 'invalid_sequence', message: `Nomor urut pada "${text}" harus mulai dari 1` };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, code: 'invalid_year', message: `Tahun pada nomor surat "${text}" harus ${MIN_YEAR}–${MAX_YEAR}` };
  }
  return { ok: true, value: { text: formatLetterNumber(pattern, { sequence, year }), sequence, year } };
}

/**
 * The next sequence for `year`: one past the highest issued that year, 1 when none was. Highest
 * rather than count, so a cancelled or skipped number is never handed out twice. Sequences from
 * other years are ignored: numbering restarts every January.
 */
export function nextSequence(issued: readonly Pick<LetterNumber, 'sequence' | 'year'>[], year: number): number {
  let highest = 0;
  for (const n of issued) if (n.year === year && n.sequence > highest) highest = n.sequence;
  return highest + 1;
}
