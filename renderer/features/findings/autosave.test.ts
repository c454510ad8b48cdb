import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type Journal, type SaveState } from './autosave';

class MapJournal implements Journal<string> {
  readonly entries = new Map<string, string>();
  write(key: string, value: string): void {
    this.entries.set(key, value);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
}

function setup(save: (key: string, value: string) => Promise<void>) {
  const journal = new MapJournal();
  const states: SaveState['kind'][] = [];
  const saver = new Autosaver<string>({
    save,
    delayMs: 400,
    journal,
    describeError: (e) => (e instanceof Error ? e.message : 'unknown'),
    onState: (s) => states.push(s.kind),
  });
  return { saver, journal, states };
}

describe('Autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the last value after the pause, once, and clears the journal', async () => {
    const saved: string[] = [];
    const { saver, journal, states } = setup((k, v) => {
      saved.push(`${k}=${v}`);
      return Promise.resolve();
    });
    saver.change('R1', 'a');
    saver.change('R1', 'ab');
    expect(journal.entries.get('R1')).toBe('ab');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await saver.flush();
    expect(saved).toEqual(['R1=ab']);
    expect(journal.entries.size).toBe(0);
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(saver.dirty).toBe(false);
  });

  it('flush saves at once without waiting for the pause', async () => {
    const saved: string[] = [];
    const { saver } = setup((_k, v) => {
      saved.push(v);
      return Promise.resolve();
    });
    saver.change('R2', 'note');
    await saver.flush();
    expect(saved).toEqual(['note']);
  });

  it('keeps a value typed during a save journalled until that value itself is saved', async () => {
    const releases: (() => void)[] = [];
    const saved: string[] = [];
    const { saver, journal } = setup((_k, v) => {
      saved.push(v);
      return new Promise<void>((r) => releases.push(r));
    });
    saver.change('R3', 'one');
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.change('R3', 'two');
    releases[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    // 'one' is saved and 'two' is on its way: the journal must still hold 'two'.
    expect(saved).toEqual(['one', 'two']);
    expect(journal.entries.get('R3')).toBe('two');
    releases[1]?.();
    await done;
    expect(journal.entries.size).toBe(0);
    expect(saver.dirty).toBe(false);
  });

  it('on failure keeps the value, reports the reason, and a retry saves it', async () => {
    let full = true;
    const saved: string[] = [];
    const { saver, journal } = setup((_k, v) => {
      if (full) return Promise.reject(new Error('Ruang penyimpanan penuh'));
      saved.push(v);
      return Promise.resolve();
    });
    saver.change('R4', 'typed');
    await saver.flush();
    expect(saver.state).toEqual({ kind: 'failed', message: 'Ruang penyimpanan penuh' });
    expect(saver.dirty).toBe(true);
    expect(journal.entries.get('R4')).toBe('typed');
    full = false;
    await saver.flush();
    expect(saved).toEqual(['typed']);
    expect(saver.state).toEqual({ kind: 'saved' });
    expect(journal.entries.size).toBe(0);
  });

  it('saves different keys in the order they were changed', async () => {
    const saved: string[] = [];
    const { saver } = setup((k) => {
      saved.push(k);
      return Promise.resolve();
    });
    saver.change('R5', 'x');
    saver.change('R1', 'y');
    await saver.flush();
    expect(saved).toEqual(['R5', 'R1']);
  });
});
