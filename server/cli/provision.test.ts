// `provision` on a real PGlite data directory: users and assigned intakes are created once, a
// second run changes nothing, and bad documents are refused before anything is written.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApplications } from '../applications/queries';
import { verifyPassword } from '../auth/passwords';
import { findUserByUsername, listUsers } from '../auth/users';
import { openStorage, type OpenedStorage } from '../start';
import { writeSamplePacket } from '../testing/samples';
import { parseProvision, provision, ProvisionError } from './provision';

const PASSWORD = 'sandi-demo-panjang';

describe('provision', () => {
  let root: string;
  let storage: OpenedStorage;
  let document: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'verikop-provision-'));
    storage = await openStorage({ dataDir: path.join(root, 'data') });
    for (const id of ['app-1', 'app-2']) await writeSamplePacket(path.join(root, id), id);
    document = JSON.stringify({
      users: [
        { username: 'verifikator', role: 'verifier', name: 'Andi Verifikator', nip: '198305202010011017', password: PASSWORD },
        { username: 'supervisor', role: 'supervisor', name: 'Budi Supervisor', password: PASSWORD },
      ],
      packets: [{ folder: path.join(root, 'app-1'), assign: 'verifikator' }, { folder: path.join(root, 'app-2'), assign: 'verifikator' }],
    });
  }, 60_000);
  afterAll(async () => {
    await storage.close();
    await rm(root, { recursive: true, force: true });
  });

  it('creates the users and the intakes assigned to the verifier', async () => {
    const done = await provision(storage, parseProvision(document), new Date());
    expect(done).toHaveLength(4);
    const users = await listUsers(storage.db, { includeDisabled: false });
    expect(users.map((u) => [u.username, u.role, u.nip])).toEqual([
      ['supervisor', 'supervisor', null],
      ['verifikator', 'verifier', '198305202010011017'],
    ]);
    const verifier = await findUserByUsername(storage.db, 'verifikator');
    expect(await verifyPassword(PASSWORD, verifier?.password_hash ?? '')).toBe(true);
    const applications = await listApplications(storage.db, undefined);
    expect(applications.map((a) => [a.id, a.assignedTo]).sort()).toEqual([
      ['app-1', String(verifier?.id)],
      ['app-2', String(verifier?.id)],
    ]);
  }, 60_000);

  it('changes nothing when run again', async () => {
    const before = await storage.db.query('SELECT count(*)::int AS n FROM sync_log');
    expect(await provision(storage, parseProvision(document), new Date())).toEqual([]);
    expect((await storage.db.query('SELECT count(*)::int AS n FROM sync_log')).rows).toEqual(before.rows);
    expect(await listUsers(storage.db, { includeDisabled: true })).toHaveLength(2);
  });

  it('refuses bad documents with the place named', () => {
    expect(() => parseProvision('{')).toThrow(ProvisionError);
    expect(() => parseProvision(JSON.stringify({ users: [{ username: 'x', role: 'verifier', name: 'X', password: PASSWORD }] }))).toThrow(/users\.0\.username/);
    expect(() => parseProvision(JSON.stringify({ users: [{ username: 'siti', role: 'verifier', name: 'Siti', password: 'pendek' }] }))).toThrow(
      'users siti: Kata sandi minimal 10 karakter.',
    );
    expect(() => parseProvision(JSON.stringify({ packets: [], extra: 1 }))).toThrow(ProvisionError);
  });
});
