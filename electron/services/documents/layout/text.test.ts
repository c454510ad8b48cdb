import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, wrapText, type Measure } from './text';

// Every character 1 unit wide at size 1: widths are easy to reason about.
const mono: Measure = { widthOfTextAtSize: (text, size) => Array.from(text).length * size };

describe('wrapText', () => {
  it('wraps at spaces and keeps explicit line breaks', () => {
    expect(wrapText('satu dua tiga empat\nlima', mono, 1, 9).map((l) => l.text)).toEqual(['satu dua', 'tiga', 'empat', 'lima']);
  });

  it('marks the last line of each paragraph (those are not justified)', () => {
    expect(wrapText('aa bb cc\ndd', mono, 1, 5).map((l) => l.last)).toEqual([false, true, true]);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(wrapText('x 1234567890123', mono, 1, 5).map((l) => l.text)).toEqual(['x', '12345', '67890', '123']);
  });

  it('prefers to break a long word after a hyphen, slash, underscore or dot', () => {
    expect(wrapText('izin-operasional-kc.pdf', mono, 1, 12).map((l) => l.text)).toEqual(['izin-', 'operasional-', 'kc.pdf']);
  });

  it('never loses or reorders a word, and never exceeds the width', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9./_-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 4, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), mono, 1, width);
        expect(lines.every((l) => Array.from(l.text).length <= width)).toBe(true);
        expect(lines.map((l) => l.text).join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});

describe('sanitize', () => {
  it('replaces what the font cannot draw and drops control characters', () => {
    const supported = new Set(Array.from('Catatan: ok', (c) => c.codePointAt(0) ?? 0));
    expect(sanitize('Catatan:\u0007 ok 😀', supported)).toBe('Catatan: ok ?');
  });
});
