import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentsProgress, importProgress, syncProgress } from './progress';
import { createTaskBoard, shownTasks, type TaskBoard } from './tasks';

const times = { lingerMs: 4_000, staleMs: 15_000 };
const prefetch = (done: number, total: number) => syncProgress({ phase: 'prefetch', done, total, unit: 'items' });

describe('the task board of the status area', () => {
  let board: TaskBoard;
  const shown = () => shownTasks(board.store.getState());
  beforeEach(() => {
    vi.useFakeTimers();
    board = createTaskBoard(times);
  });
  afterEach(() => {
    board.dispose();
    vi.useRealTimers();
  });

  it('shows a finished document without a spinner, then lets it go', () => {
    board.report(documentsProgress({ kind: 'verification_report', step: 2, steps: 4, label: 'Menyimpan dokumen' }));
    expect(shown()).toMatchObject([{ kind: 'documents', state: 'running' }]);
    board.report(documentsProgress({ kind: 'verification_report', step: 3, steps: 4, label: 'Selesai' }));
    expect(shown()).toMatchObject([{ kind: 'documents', state: 'done', label: 'Dokumen: Selesai', short: 'Dokumen selesai', fraction: 1 }]);
    vi.advanceTimersByTime(times.lingerMs - 1);
    expect(shown()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it('replaces a finished phase by the next one, which is not removed by the old timer', () => {
    board.report(syncProgress({ phase: 'pull', done: 3, total: 3, unit: 'items' }));
    expect(shown()).toMatchObject([{ state: 'done' }]);
    vi.advanceTimersByTime(times.lingerMs / 2);
    board.report(prefetch(1, 40));
    vi.advanceTimersByTime(times.lingerMs);
    expect(shown()).toMatchObject([{ kind: 'sync', state: 'running', short: 'Unduh 1/40', label: 'Mengunduh dokumen: 1 dari 40' }]);
  });

  it('says a prefetch cut off by going offline stopped, briefly, instead of running on', () => {
    board.report(prefetch(16, 40));
    board.stop('sync', true);
    expect(shown()).toMatchObject([{ kind: 'sync', state: 'stopped', short: 'Unduh terhenti', label: 'Mengunduh dokumen terhenti: perangkat luring' }]);
    vi.advanceTimersByTime(times.lingerMs);
    expect(shown()).toEqual([]);
  });

  it('leaves a finished task as it is when the stop comes after it', () => {
    board.report(prefetch(40, 40));
    board.stop('sync', true);
    expect(shown()).toMatchObject([{ state: 'done', short: 'Unduh selesai' }]);
  });

  it('stops only the kind named', () => {
    board.report(importProgress({ phase: 'checking', done: 3, total: 8 }));
    board.report(prefetch(2, 40));
    board.stop('sync', false);
    expect(shown()).toMatchObject([
      { kind: 'import', state: 'running' },
      { kind: 'sync', state: 'stopped', label: 'Mengunduh dokumen terhenti sebelum selesai' },
    ]);
  });

  it('treats a running task main fell silent on as stopped, then removes it', () => {
    board.report(importProgress({ phase: 'checking', done: 3, total: 8 }));
    vi.advanceTimersByTime(times.staleMs - 1);
    board.report(importProgress({ phase: 'checking', done: 4, total: 8 }));
    vi.advanceTimersByTime(times.staleMs - 1);
    expect(shown()).toMatchObject([{ state: 'running', short: 'Impor 4/8' }]);
    vi.advanceTimersByTime(1);
    expect(shown()).toMatchObject([{ kind: 'import', state: 'stopped', short: 'Impor terhenti' }]);
    vi.advanceTimersByTime(times.lingerMs);
    expect(shown()).toEqual([]);
  });
});
