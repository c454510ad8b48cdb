// Line breaking for the documents: greedy word wrap by measured width, explicit line breaks kept,
// words wider than the line broken between characters, and characters the font cannot draw
// replaced by "?" (so a stray emoji in a verifier's note cannot break a letter).

/** Anything that can measure text: a pdf-lib PDFFont, or a stub in tests. */
export interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Replaces characters outside `supported` (code points) and control characters. */
export function sanitize(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (ch === '\t') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else out += supported.has(cp) ? ch : '?';
  }
  return out;
}

// Inside a long word (a file name, a URL, a registration number) a break after "-", "/", "_" or
// "." reads better than one between arbitrary letters; letters are the last resort.
function breakWord(word: string, font: Measure, size: number, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const token of word.match(/[^-/_.]*[-/_.]?/g)?.filter((t) => t !== '') ?? [word]) {
    if (font.widthOfTextAtSize(current + token, size) <= width) {
      current += token;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = '';
    for (const ch of token) {
      if (current !== '' && font.widthOfTextAtSize(current + ch, size) > width) {
        pieces.push(current);
        current = ch;
      } else {
        current += ch;
      }
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

export interface WrappedLine {
  readonly text: string;
  /** True for the last line of a paragraph (or before an explicit break): never justified. */
  readonly last: boolean;
}

/** Wraps `text` into lines no wider than `width` points at `size`. */
export function wrapText(text: string, font: Measure, size: number, width: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter((w) => w !== '');
    if (words.length === 0) {
      lines.push({ text: '', last: true });
      continue;
    }
    let current = '';
    for (const word of words) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (current !== '') lines.push({ text: current, last: false });
      if (font.widthOfTextAtSize(word, size) <= width) {
        current = word;
      } else {
        const pieces = breakWord(word, font, size, width);
        current = pieces.pop() ?? '';
        for (const piece of pieces) lines.push({ text: piece, last: false });
      }
    }
    lines.push({ text: current, last: true });
  }
  return lines;
}
