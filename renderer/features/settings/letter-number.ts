// The letter-number form's rules: the domain's schema decides what is a usable pattern, and the
// live example is what formatLetterNumber makes of it — the same function the documents use.
import {
  DEFAULT_LETTER_NUMBER_TEMPLATE,
  formatLetterNumber,
  letterNumberPatternSchema,
  type LetterNumberPatternInput,
} from '../../../common/domain';
import { fieldErrors, type FieldErrors } from './form-errors';

/** The form's text fields: empty codes mean "not used" (the schema wants them absent then). */
export interface LetterNumberForm {
  readonly template: string;
  readonly classification: string;
  readonly unitCode: string;
  readonly sequenceDigits: string;
}

export const letterNumberFields = ['template', 'classification', 'unitCode', 'sequenceDigits'] as const;
export type LetterNumberField = (typeof letterNumberFields)[number];

/** Bontang's usage (DOMAIN.md): 500.3/017/DKUKMP/2026. */
export const defaultLetterNumberForm: LetterNumberForm = { template: DEFAULT_LETTER_NUMBER_TEMPLATE, classification: '500.3', unitCode: 'DKUKMP', sequenceDigits: '3' };

export function formOf(stored: LetterNumberPatternInput | undefined): LetterNumberForm {
  if (stored === undefined) return defaultLetterNumberForm;
  return {
    template: stored.template ?? DEFAULT_LETTER_NUMBER_TEMPLATE,
    classification: stored.classification ?? '',
    unitCode: stored.unitCode ?? '',
    sequenceDigits: String(stored.sequenceDigits ?? 3),
  };
}

export function inputOf(form: LetterNumberForm): LetterNumberPatternInput {
  const code = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
  const classification = code(form.classification);
  const unitCode = code(form.unitCode);
  return {
    template: form.template,
    sequenceDigits: /^\d+$/.test(form.sequenceDigits.trim()) ? Number(form.sequenceDigits) : Number.NaN,
    ...(classification === undefined ? {} : { classification }),
    ...(unitCode === undefined ? {} : { unitCode }),
  };
}

export type LetterNumberCheck =
  | { readonly ok: true; readonly input: LetterNumberPatternInput; readonly example: string }
  | { readonly ok: false; readonly errors: FieldErrors<LetterNumberField> };

const digitsMessage = 'Jumlah digit nomor urut harus bilangan 1–6';

/** Whether the form makes a usable pattern, with the example for number 17 of `year`. */
export function checkLetterNumber(form: LetterNumberForm, year: number): LetterNumberCheck {
  const input = inputOf(form);
  const parsed = letterNumberPatternSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, letterNumberFields);
    return { ok: false, errors: errors.sequenceDigits === undefined ? errors : { ...errors, sequenceDigits: digitsMessage } };
  }
  return { ok: true, input, example: formatLetterNumber(parsed.data, { sequence: 17, year }) };
}
