import { describe, expect, it } from 'vitest';
import { reviewKeyAction, type KeyLike } from './review-keys';

const press = (key: string, over: Partial<KeyLike> = {}): KeyLike => ({ key, altKey: false, ctrlKey: false, metaKey: false, target: { tagName: 'BODY', closest: () => null }, ...over });

describe('review shortcuts', () => {
  it('maps T, K, D and N in either case', () => {
    expect(['t', 'K', 'd', 'N'].map((k) => reviewKeyAction(press(k)))).toEqual(['sign', 'return', 'nextDocument', 'nextFile']);
  });

  it('leaves keys typed into fields alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(reviewKeyAction(press('t', { target: { tagName } }))).toBeUndefined();
    expect(reviewKeyAction(press('t', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeUndefined();
  });

  it('leaves keys with a modifier and keys inside a dialog alone', () => {
    expect(reviewKeyAction(press('t', { ctrlKey: true }))).toBeUndefined();
    expect(reviewKeyAction(press('d', { altKey: true }))).toBeUndefined();
    expect(reviewKeyAction(press('k', { target: { tagName: 'BUTTON', closest: (s) => (s === '[role="dialog"]' ? {} : null) } }))).toBeUndefined();
  });

  it('ignores other keys', () => {
    expect(reviewKeyAction(press('x'))).toBeUndefined();
    expect(reviewKeyAction(press('Enter'))).toBeUndefined();
  });
});
