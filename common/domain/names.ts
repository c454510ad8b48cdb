// Comparing people's names as they appear on different documents (R8: the certificate holder
// must be the prospective head). A certificate says "Drs. H. Muhammad Ridwan, M.M.", the CV says
// "MUHAMMAD  RIDWAN": the same person. So case, spacing, punctuation, diacritics and academic or
// religious titles are ignored. Titles are removed only where Indonesian convention puts them —
// before the name (Drs., H., Ir.) and after it (S.E., M.M.) — so a name part in the middle is
// never mistaken for a title. Abbreviated given names ("Moh." for "Muhammad") are NOT expanded:
// that judgement stays with the verifier, who sees both names in the facts.

/** Titles written before a name, without dots, lower case. */
const prefixTitles = new Set(['prof', 'dr', 'drs', 'dra', 'drg', 'ir', 'h', 'hj', 'hc', 'kh', 'ust', 'ustadz', 'ustadzah', 'tuan', 'nyonya', 'ny', 'tn', 'sdr', 'sdri', 'bapak', 'ibu']);

/** Degrees written after a name, without dots, lower case. */
const suffixTitles = new Set([
  'amd', 'amdkeb', 'amdkep', 'amdkom', 'ak', 'apt', 'ba', 'bsc', 'cpa', 'llm', 'ma', 'mag', 'mak', 'mba', 'mpd',
  'mcom', 'me', 'mh', 'mhum', 'mkes', 'mkom', 'mm', 'mp', 'mpa', 'mpsi', 'msc', 'msi', 'msos', 'mt', 'ns', 'phd',
  'sag', 'sak', 'se', 'sei', 'sfarm', 'sh', 'shi', 'shum', 'sip', 'sked', 'skep', 'skm', 'skom', 'sm', 'sp', 'spd',
  'spdi', 'spsi', 'ssi', 'ssos', 'st', 'sthi', 'stp', 'ssy', 'mkn', 'mtr', 'mkm', 'ca', 'cfp', 'crp', 'qia',
]);

const stripDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** Splits a written name into word tokens; each token keeps only letters and digits. */
function tokens(name: string): string[] {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/['’`]/g, '') // Ma'ruf and Maruf are the same name
    .split(/[\s,;/()-]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((t) => t !== '');
}

/**
 * The name reduced for comparison: "Drs. H. Muhammad Ridwan, M.M." → "muhammad ridwan".
 * Empty when nothing but titles remains.
 */
export function normalisePersonName(name: string): string {
  const words = tokens(name);
  let start = 0;
  let end = words.length;
  // Keep at least one word when a name is only titles (e.g. someone named "Ir").
  while (start < end - 1 && prefixTitles.has(words[start] ?? '')) start += 1;
  while (end > start + 1 && suffixTitles.has(words[end - 1] ?? '')) end -= 1;
  return words.slice(start, end).join(' ');
}

/** True when two written names denote the same person under normalisePersonName. */
export function samePersonName(a: string, b: string): boolean {
  const na = normalisePersonName(a);
  return na !== '' && na === normalisePersonName(b);
}
