import { describe, expect, it } from 'vitest';
import { ruleFacts } from './messages';

describe('rule facts', () => {
  it('ends a sentence once when the holder name ends in an academic title', () => {
    expect(ruleFacts.certificateIdentity('LSP-01', 'LSP Koperasi', 'Drs. Hasan Basri, M.M.')).toBe(
      'Sertifikat nomor LSP-01 dari LSP Koperasi atas nama Drs. Hasan Basri, M.M.',
    );
    expect(ruleFacts.certificateIdentity('LSP-01', 'LSP Koperasi', 'Hasan Basri')).toBe(
      'Sertifikat nomor LSP-01 dari LSP Koperasi atas nama Hasan Basri.',
    );
  });
});
