import { describe, expect, it } from 'vitest';
import { createJournal, type KeyValueStorage } from './journal';

class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('journal', () => {
  it('keeps entries per scope and gives them back until removed', () => {
    const storage = new MemoryStorage();
    const a = createJournal<{ note: string }>(storage, 'app-1');
    const b = createJournal<{ note: string }>(storage, 'app-2');
    a.write('R1', { note: 'x' });
    a.write('R2', { note: 'y' });
    b.write('R1', { note: 'z' });
    expect(a.entries()).toEqual([
      ['R1', { note: 'x' }],
      ['R2', { note: 'y' }],
    ]);
    a.remove('R1');
    expect(a.entries()).toEqual([['R2', { note: 'y' }]]);
    expect(b.entries()).toEqual([['R1', { note: 'z' }]]);
  });

  it('drops an unreadable entry instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem('verikop.unsaved.v1:app-1:R1', '{not json');
    storage.setItem('verikop.unsaved.v1:app-1:R2', '"ok"');
    expect(createJournal(storage, 'app-1').entries()).toEqual([['R2', 'ok']]);
    expect(storage.length).toBe(1);
  });

  it('a full localStorage does not stop the caller', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const journal = createJournal(storage, 'app-1');
    expect(() => {
      journal.write('R1', 'text');
    }).not.toThrow();
    expect(journal.entries()).toEqual([]);
  });
});
