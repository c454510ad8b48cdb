import { describe, expect, it } from 'vitest';
import { cleanApplication } from '../../../common/domain/fixtures';
import { recordLabel, serverTitle, valueLines } from './conflict-view';

const documents = cleanApplication().documents;

describe('conflicts in words', () => {
  it('names the requirement and the field, or the decision', () => {
    expect(recordLabel({ record: 'finding/R3', field: 'note' })).toMatch(/^R3 · .+ · Catatan$/);
    expect(recordLabel({ record: 'decision', field: 'reason' })).toBe('Alasan rekomendasi');
    expect(recordLabel({ record: 'assignment', field: 'verifierId' })).toBe('assignment · Verifikator');
  });

  it('shows a status by its label with what the rule computed', () => {
    const value = { status: 'fails', computed: { outcome: 'meets', facts: [], verificationDate: '2026-03-30' } };
    expect(valueLines('status', value, documents)).toEqual(['Tidak sesuai (Hasil perhitungan: Sesuai)']);
  });

  it('lists evidence by file and page', () => {
    expect(valueLines('evidence', [{ kind: 'document', documentId: 'doc-r3-anggota', page: 2 }], documents)).toEqual(['1 bukti', 'daftar-anggota-bontang.pdf, halaman 2']);
    expect(valueLines('evidence', [], documents)).toEqual(['Tanpa bukti']);
  });

  it('says a value is empty rather than showing nothing', () => {
    expect(valueLines('note', '', documents)).toEqual(['(kosong)']);
    expect(valueLines('note', 'Anggota ganda di baris 18.', documents)).toEqual(['Anggota ganda di baris 18.']);
  });

  it('says the server value is the person’s own from another device, rather than their bare user id', () => {
    expect(serverTitle({ userId: '1' }, { userId: '1' })).toBe('Nilai di server (oleh Anda, dari perangkat lain)');
    expect(serverTitle({ userId: 'u-ani' }, { userId: '1' })).toBe('Nilai di server (oleh u-ani)');
    expect(serverTitle({ userId: 'u-ani' }, undefined)).toBe('Nilai di server (oleh u-ani)');
  });

  it('names another author by the display name the server sent, and the person by "Anda" even when named', () => {
    expect(serverTitle({ userId: '7', userName: 'Andi Baso Pratama' }, { userId: '1' })).toBe('Nilai di server (oleh Andi Baso Pratama)');
    expect(serverTitle({ userId: '7', userName: 'Andi Baso Pratama' }, undefined)).toBe('Nilai di server (oleh Andi Baso Pratama)');
    expect(serverTitle({ userId: '1', userName: 'Siti Rahmawati' }, { userId: '1' })).toBe('Nilai di server (oleh Anda, dari perangkat lain)');
  });
});
