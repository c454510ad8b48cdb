// Numbers in Indonesian words ("terbilang"), as written in official letters and minutes:
// amounts, member counts and, through dateInWords, the day and year of a Berita Acara.

/** Largest number terbilang spells: 999 triliun … (below Number.MAX_SAFE_INTEGER, so exact). */
export const TERBILANG_MAX = 999_999_999_999_999;

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

// Scale words for each group of three digits, from the lowest. Index 0 has no word.
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'] as const;

const unit = (d: number): string => UNITS[d] ?? '';

/** 1–99 in words. */
function belowHundred(n: number): string {
  if (n < 10) return unit(n);
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${unit(n - 10)} belas`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return ones === 0 ? `${unit(tens)} puluh` : `${unit(tens)} puluh ${unit(ones)}`;
}

/** 1–999 in words; "seratus" rather than "satu ratus". */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : hundreds === 1 ? 'seratus' : `${unit(hundreds)} ratus`;
  if (rest === 0) return head;
  return head === '' ? belowHundred(rest) : `${head} ${belowHundred(rest)}`;
}

/**
 * The number in Indonesian words: 0 → "nol", 11 → "sebelas", 1001 → "seribu satu",
 * 2026 → "dua ribu dua puluh enam", 1_000_000 → "satu juta".
 * Only "ribu" takes the "se-" prefix for one ("seribu"); larger scales say "satu juta",
 * "satu miliar", "satu triliun", as in official usage.
 * Throws RangeError for negatives, fractions, NaN and numbers above TERBILANG_MAX.
 */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TERBILANG_MAX) {
    throw new RangeError(
      `Bilangan ${String(n)} tidak dapat dieja: hanya bilangan bulat dari 0 sampai ${String(TERBILANG_MAX)} yang didukung`,
    );
  }
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (let scale = 0; rest > 0; scale += 1) {
    const group = rest % 1000;
    rest = Math.floor(rest / 1000);
    if (group === 0) continue;
    const scaleWord = SCALES[scale] ?? '';
    if (scale === 1 && group === 1) words.unshift('seribu');
    else words.unshift(scaleWord === '' ? belowThousand(group) : `${belowThousand(group)} ${scaleWord}`);
  }
  return words.join(' ');
}
