import { describe, expect, it } from 'vitest';
import { cleanApplication } from '../../common/domain/fixtures';
import { searchWordsOf, wordsOf } from './search';

describe('wordsOf', () => {
  it('lower-cases, drops accents and splits at punctuation', () => {
    expect(wordsOf('KSP "Sejahtéra" Bersama — Kaltim')).toEqual(['ksp', 'sejahtera', 'bersama', 'kaltim']);
    expect(wordsOf('PD/KCP-KSP/2026/000317')).toEqual(['pd', 'kcp', 'ksp', '2026', '000317']);
    expect(wordsOf('  ,; ')).toEqual([]);
  });
});

describe('searchWordsOf', () => {
  it('covers applicant, numbers, KCP place and head, each word once', () => {
    const words = searchWordsOf(cleanApplication());
    expect(words).toEqual(expect.arrayContaining(['koperasi', 'kaltim', '9120001234567', 'pd', '000317', 'katamso', 'tanjung', '6474', 'muhammad', 'ridwan', 'app']));
    expect(new Set(words).size).toBe(words.length);
    // Members' names are not searched: a file is found by who applies, not by its 24 members.
    expect(words).not.toContain('rahmawati');
  });
});
