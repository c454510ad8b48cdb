import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { letterNumberPatternSchema } from '../../common/domain';
import { getFileLetterNumbers, getLetterParticulars, issueLetterNumber, saveLetterParticulars, setFileLetterNumber, type LetterParticulars } from './letters';
import { getProfile, saveProfile, SettingsDb } from './settings';

const open: Dexie[] = [];
async function freshDb(factory = new IDBFactory()): Promise<SettingsDb> {
  const db = new SettingsDb('letters-test', { indexedDB: factory, IDBKeyRange });
  open.push(db);
  await db.open();
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const bontang = letterNumberPatternSchema.parse({ template: '{klasifikasi}/{nomor}/{unit}/{tahun}', classification: '500.3', unitCode: 'DKUKMP', sequenceDigits: 3 });

describe('letter numbers', () => {
  it('follow the pattern with one sequence per year for both kinds of letter', async () => {
    const db = await freshDb();
    expect(await issueLetterNumber(db, bontang, 'app-1', 'verification_report', 2026)).toBe('500.3/001/DKUKMP/2026');
    expect(await issueLetterNumber(db, bontang, 'app-1', 'recommendation_letter', 2026)).toBe('500.3/002/DKUKMP/2026');
    expect(await issueLetterNumber(db, bontang, 'app-2', 'verification_report', 2026)).toBe('500.3/003/DKUKMP/2026');
    // A new year starts again at 1.
    expect(await issueLetterNumber(db, bontang, 'app-3', 'verification_report', 2027)).toBe('500.3/001/DKUKMP/2027');
    expect(await getFileLetterNumbers(db, 'app-1')).toEqual({ report: '500.3/001/DKUKMP/2026', letter: '500.3/002/DKUKMP/2026' });
  });

  it('give a file the number it already has when asked again, and never one twice', async () => {
    const db = await freshDb();
    const first = await issueLetterNumber(db, bontang, 'app-1', 'verification_report', 2026);
    expect(await issueLetterNumber(db, bontang, 'app-1', 'verification_report', 2026)).toBe(first);
    const asked = await Promise.all(['a', 'b', 'c', 'd'].map((id) => issueLetterNumber(db, bontang, id, 'recommendation_letter', 2026)));
    expect(new Set([first, ...asked]).size).toBe(5);
  });

  it('count a number typed by hand in its year, so the next one comes after it', async () => {
    const db = await freshDb();
    await setFileLetterNumber(db, bontang, 'app-1', 'verification_report', '500.3/17/DKUKMP/2026');
    expect(await issueLetterNumber(db, bontang, 'app-2', 'verification_report', 2026)).toBe('500.3/018/DKUKMP/2026');
    // One that does not read under the pattern is kept for its file but counts for nothing.
    await setFileLetterNumber(db, bontang, 'app-3', 'verification_report', 'B-99/DINAS/2026');
    expect(await getFileLetterNumbers(db, 'app-3')).toEqual({ report: 'B-99/DINAS/2026', letter: '' });
    expect(await issueLetterNumber(db, bontang, 'app-4', 'verification_report', 2026)).toBe('500.3/019/DKUKMP/2026');
    // Cleared, it is forgotten.
    await setFileLetterNumber(db, bontang, 'app-3', 'verification_report', '  ');
    expect(await getFileLetterNumbers(db, 'app-3')).toEqual({ report: '', letter: '' });
  });
});

describe('letter particulars', () => {
  const particulars: LetterParticulars = {
    government: 'PEMERINTAH KOTA BONTANG',
    agency: 'Dinas Koperasi',
    addressLines: 'Jl. Bessai Berinta\nBontang',
    place: 'Bontang',
    region: 'Kota Bontang',
    addresseeTitle: 'Kepala DPMPTSP',
    addresseePlace: 'Bontang',
    team: [{ name: 'Andi', nip: '198203152008012007', position: 'Analis' }, { name: '', nip: '', position: '' }],
    acknowledgedBy: { name: 'Nurul', nip: '197805122005012003', position: 'Kabid' },
    signatory: { name: 'Syahrul', nip: '197001201996031004', position: 'Kadis' },
    verificationUrl: 'https://verikop.example/v',
    carbonCopies: 'Arsip',
  };

  it('survive closing and reopening the database', async () => {
    const factory = new IDBFactory();
    const first = await freshDb(factory);
    expect(await getLetterParticulars(first)).toBeUndefined();
    await saveLetterParticulars(first, particulars);
    first.close();
    expect(await getLetterParticulars(await freshDb(factory))).toEqual(particulars);
  });
});

describe('settings database version 2', () => {
  it('keeps the profile stored by version 1 and adds the letter register', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('letters-test', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores({ settings: 'key' });
    open.push(v1);
    await v1.open();
    const nurul = { name: 'Ir. Hj. Nurul Hidayah, M.M.', nip: '197805122005012003', position: 'Kepala Bidang', role: 'supervisor' as const };
    await saveProfile(v1 as unknown as SettingsDb, nurul);
    v1.close();
    const v2 = await freshDb(factory);
    expect(v2.verno).toBe(2);
    expect(await getProfile(v2)).toEqual(nurul);
    expect(await issueLetterNumber(v2, bontang, 'app-1', 'verification_report', 2026)).toBe('500.3/001/DKUKMP/2026');
  });
});
