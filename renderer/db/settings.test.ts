import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLetterNumber } from '../../common/domain';
import { DbFailure } from './errors';
import {
  getLetterNumberPattern,
  getLetterNumberSettings,
  getProfile,
  saveLetterNumberSettings,
  saveProfile,
  SettingsDb,
  type ProfileInput,
} from './settings';

const open: SettingsDb[] = [];
async function freshDb(factory = new IDBFactory()): Promise<SettingsDb> {
  const db = new SettingsDb('settings-test', { indexedDB: factory, IDBKeyRange });
  open.push(db);
  await db.open();
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const nurul: ProfileInput = { name: 'Ir. Hj. Nurul Hidayah, M.M.', nip: '197805122005012003', position: 'Kepala Bidang Koperasi dan Usaha Mikro', role: 'supervisor' };

describe('profile', () => {
  it('is absent before the first run', async () => {
    expect(await getProfile(await freshDb())).toBeUndefined();
  });

  it('survives closing and reopening the database, trimmed and with spaces taken out of the NIP', async () => {
    const factory = new IDBFactory();
    const first = await freshDb(factory);
    await saveProfile(first, { ...nurul, name: `  ${nurul.name} `, nip: '19780512 200501 2 003' });
    first.close();
    expect(await getProfile(await freshDb(factory))).toEqual(nurul);
  });

  it.each([
    [{ ...nurul, nip: '12345' }, /NIP harus 18 digit/],
    [{ ...nurul, nip: '197813122005012003' }, /NIP harus 18 digit/], // month 13 of birth
    [{ ...nurul, nip: '197805122005013003' }, /NIP harus 18 digit/], // sex digit 3
    [{ ...nurul, name: '   ' }, /Nama wajib diisi/],
    [{ ...nurul, position: '' }, /Jabatan wajib diisi/],
    [{ ...nurul, role: 'admin' }, /Pilih peran/],
  ])('refuses %o with the reason and keeps what was stored', async (input, reason) => {
    const db = await freshDb();
    await saveProfile(db, nurul);
    const attempt = saveProfile(db, input as ProfileInput);
    await expect(attempt).rejects.toBeInstanceOf(DbFailure);
    await expect(attempt).rejects.toThrow(reason);
    expect(await getProfile(db)).toEqual(nurul);
  });

  it('names every problem at once', async () => {
    const attempt = saveProfile(await freshDb(), { name: '', nip: '1', position: '', role: 'verifier' });
    await expect(attempt).rejects.toThrow(/Nama wajib diisi.*NIP harus 18 digit.*Jabatan wajib diisi/);
  });
});

describe('letter-number pattern', () => {
  it('stores a pattern the domain accepts and gives it back ready to format', async () => {
    const db = await freshDb();
    await saveLetterNumberSettings(db, { template: '{klasifikasi}/{nomor}/{unit}/{tahun}', classification: '500.3', unitCode: 'DKUKMP', sequenceDigits: 3 });
    const pattern = await getLetterNumberPattern(db);
    expect(pattern && formatLetterNumber(pattern, { sequence: 17, year: 2026 })).toBe('500.3/017/DKUKMP/2026');
  });

  it('refuses a pattern without {nomor} and keeps the previous one', async () => {
    const db = await freshDb();
    const good = { template: '{nomor}/{tahun}', sequenceDigits: 2 };
    await saveLetterNumberSettings(db, good);
    await expect(saveLetterNumberSettings(db, { template: '{klasifikasi}/{tahun}', classification: '500.3' })).rejects.toThrow(/wajib memuat \{nomor\}/);
    expect(await getLetterNumberSettings(db)).toEqual(good);
  });

  it('is absent until saved', async () => {
    expect(await getLetterNumberPattern(await freshDb())).toBeUndefined();
  });
});
