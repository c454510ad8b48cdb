import { describe, expect, it } from 'vitest';
import { dossierKeyAction, type KeyPress } from './keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  inTextEntry: false,
  ...extra,
});

describe('dossierKeyAction', () => {
  it.each([
    [press('j'), { type: 'requirement', step: 1 }],
    [press('K'), { type: 'requirement', step: -1 }],
    [press('ArrowDown', { altKey: true }), { type: 'requirement', step: 1 }],
    [press('ArrowUp', { altKey: true, inTextEntry: true }), { type: 'requirement', step: -1 }],
    [press('1'), { type: 'status', index: 0 }],
    [press('3'), { type: 'status', index: 2 }],
    [press('PageDown'), { type: 'page', step: 1 }],
    [press('PageUp'), { type: 'page', step: -1 }],
  ])('%j → %j', (p, action) => {
    expect(dossierKeyAction(p)).toEqual(action);
  });

  it.each([
    ['typing in a note', press('j', { inTextEntry: true })],
    ['a digit in a note', press('2', { inTextEntry: true })],
    ['PageDown in a note', press('PageDown', { inTextEntry: true })],
    ['Ctrl+J (browser downloads)', press('j', { ctrlKey: true })],
    ['a plain arrow (scrolling)', press('ArrowDown')],
    ['4 (no fourth status)', press('4')],
    ['Shift+J', press('J', { shiftKey: true })],
    ['Alt+J', press('j', { altKey: true })],
  ])('ignores %s', (_name, p) => {
    expect(dossierKeyAction(p)).toBeUndefined();
  });
});
