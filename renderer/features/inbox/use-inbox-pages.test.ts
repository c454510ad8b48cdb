import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, nextBlock } from './use-inbox-pages';

describe('nextBlock', () => {
  it('is the first missing block of the rows in view, never one scrolled past', () => {
    const inView = { first: 5 * BLOCK_SIZE + 10, last: 6 * BLOCK_SIZE + 3 };
    expect(nextBlock(inView, new Set())).toBe(5);
    expect(nextBlock(inView, new Set([5]))).toBe(6);
    expect(nextBlock(inView, new Set([5, 6]))).toBeUndefined();
    expect(nextBlock({ first: 0, last: 0 }, new Set())).toBe(0);
  });
});
