import { describe, expect, it } from 'vitest';
import type { DocumentFailure } from './load-errors';
import { failureReason } from './messages';

describe('failureReason', () => {
  const failures: readonly DocumentFailure[] = [
    { kind: 'not-in-vault' },
    { kind: 'vault-refused', status: 500 },
    { kind: 'fetch-failed', detail: 'Failed to fetch' },
    { kind: 'empty' },
    { kind: 'encrypted' },
    { kind: 'not-pdf', detail: 'Invalid PDF structure.' },
    { kind: 'damaged', detail: 'Bad XRef entry' },
    { kind: 'image-unreadable' },
    { kind: 'unsupported-type', mediaType: 'image/gif' },
    { kind: 'bad-address' },
  ];

  it('gives every failure its own reason', () => {
    const reasons = failures.map(failureReason);
    expect(new Set(reasons).size).toBe(failures.length);
  });

  it('keeps the technical detail and the status so support can tell cases apart', () => {
    expect(failureReason({ kind: 'damaged', detail: 'Bad XRef entry' })).toContain('Bad XRef entry');
    expect(failureReason({ kind: 'vault-refused', status: 500 })).toContain('HTTP 500');
    expect(failureReason({ kind: 'unsupported-type', mediaType: 'image/gif' })).toContain('image/gif');
  });

  it('says the encrypted case plainly', () => {
    expect(failureReason({ kind: 'encrypted' })).toMatch(/kata sandi/);
  });
});
