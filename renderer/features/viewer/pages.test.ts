import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampPage, movePage, pageMoveForKey, parsePageInput } from './pages';

describe('clampPage', () => {
  it.each([
    [0, 10, 1],
    [-5, 10, 1],
    [11, 10, 10],
    [4, 10, 4],
    [3.6, 10, 4],
    [Number.NaN, 10, 1],
    [Number.POSITIVE_INFINITY, 10, 1],
    [5, 0, 1],
  ])('page %d of %d → %d', (page, count, expected) => {
    expect(clampPage(page, count)).toBe(expected);
  });

  it('always lands on an existing page', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 5000 }), (page, count) => {
        const result = clampPage(page, count);
        expect(Number.isInteger(result)).toBe(true);
        expect(result).toBeGreaterThanOrEqual(1);
        expect(result).toBeLessThanOrEqual(count);
      }),
    );
  });
});

describe('movePage', () => {
  it('steps and jumps', () => {
    expect(movePage(3, 10, 'next')).toBe(4);
    expect(movePage(3, 10, 'previous')).toBe(2);
    expect(movePage(3, 10, 'first')).toBe(1);
    expect(movePage(3, 10, 'last')).toBe(10);
  });
  it('stops at both ends', () => {
    expect(movePage(10, 10, 'next')).toBe(10);
    expect(movePage(1, 10, 'previous')).toBe(1);
  });
});

describe('parsePageInput', () => {
  it.each([
    ['3', 3],
    [' 7 ', 7],
    ['10', 10],
  ])('"%s" names page %d', (text, page) => {
    expect(parsePageInput(text, 10)).toBe(page);
  });

  it.each(['', '0', '11', '-1', '2.5', '3a', 'tiga', '1e1', '0x2'])('"%s" names no page of 10', (text) => {
    expect(parsePageInput(text, 10)).toBeUndefined();
  });
});

describe('pageMoveForKey', () => {
  it('maps the paging keys and leaves arrows for scrolling', () => {
    expect(pageMoveForKey('PageDown')).toBe('next');
    expect(pageMoveForKey('PageUp')).toBe('previous');
    expect(pageMoveForKey('Home')).toBe('first');
    expect(pageMoveForKey('End')).toBe('last');
    expect(pageMoveForKey('ArrowDown')).toBeUndefined();
    expect(pageMoveForKey('toString')).toBeUndefined();
  });
});
