import { describe, expect, it } from 'vitest';
import { documentsProgress, enginePhaseTask, importProgress, syncProgress } from './progress';

describe('progress lines', () => {
  it('says which phase of an import runs and how far it is', () => {
    expect(importProgress({ phase: 'checking', done: 3, total: 8 })).toMatchObject({ kind: 'import', fraction: 3 / 8, label: 'Memeriksa dokumen: 3 dari 8', short: 'Impor 3/8', finished: false });
  });

  it('calls an import finished only when storing reported everything', () => {
    expect(importProgress({ phase: 'reading', done: 8, total: 8 }).finished).toBe(false);
    expect(importProgress({ phase: 'storing', done: 8, total: 8 }).finished).toBe(true);
  });

  it('shows an indeterminate bar while the total is unknown', () => {
    expect(importProgress({ phase: 'reading', done: 0, total: 0 })).toMatchObject({ fraction: undefined, label: 'Membaca paket…' });
  });

  it('uses the step label of the document being laid out', () => {
    expect(documentsProgress({ kind: 'recommendation_letter', step: 2, steps: 4, label: 'Menata halaman' })).toMatchObject({
      fraction: 0.5,
      label: 'Dokumen: Menata halaman',
      short: 'Dokumen 3/4',
      finished: false,
    });
  });

  it('ends a document with its last step, the one main reports once it is stored', () => {
    expect(documentsProgress({ kind: 'recommendation_letter', step: 3, steps: 4, label: 'Selesai' })).toMatchObject({ finished: true, fraction: 1, short: 'Dokumen selesai' });
  });

  it('counts uploads in kilobytes and items otherwise', () => {
    expect(syncProgress({ phase: 'upload', done: 512 * 1024, total: 2048 * 1024, unit: 'bytes' })).toMatchObject({ label: 'Mengunggah berkas: 512 dari 2.048 KB', short: 'Unggah 512/2.048 KB' });
    expect(syncProgress({ phase: 'push', done: 5, total: 20, unit: 'items' }).label).toBe('Mengirim perubahan: 5 dari 20');
  });

  it('ends each sync phase, prefetch included, when it reported everything', () => {
    expect(syncProgress({ phase: 'push', done: 19, total: 20, unit: 'items' }).finished).toBe(false);
    expect(syncProgress({ phase: 'push', done: 20, total: 20, unit: 'items' }).finished).toBe(true);
    expect(syncProgress({ phase: 'prefetch', done: 16, total: 40, unit: 'items' })).toMatchObject({ finished: false, short: 'Unduh 16/40' });
    expect(syncProgress({ phase: 'prefetch', done: 40, total: 40, unit: 'items' }).finished).toBe(true);
    expect(syncProgress({ phase: 'pull', done: 0, total: 0, unit: 'items' }).finished).toBe(false);
  });

  it('says what the engine does when main reports no figures', () => {
    expect(enginePhaseTask('pushing')).toMatchObject({ kind: 'sync', fraction: undefined, label: 'Sinkron: mengirim perubahan…', short: 'Sinkron', finished: false });
  });
});
