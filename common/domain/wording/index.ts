// Official Indonesian wording for Verikop's documents: numbers and dates in words, letter numbers.
export { TERBILANG_MAX, terbilang } from './terbilang';
export { dateInWords, dayName, formatDateLong, formatDateWithDay, monthName } from './date-words';
export {
  DEFAULT_LETTER_NUMBER_TEMPLATE,
  LETTER_NUMBER_TOKENS,
  formatLetterNumber,
  letterNumberPatternSchema,
  nextSequence,
  parseLetterNumber,
  type LetterNumber,
  type LetterNumberParseResult,
  type LetterNumberPattern,
  type LetterNumberPatternInput,
  type LetterNumberToken,
} from './letter-number';
