// The keystore on a real folder: idempotent import, owner-only files, a damaged entry that hides
// only itself, expiry checked at import and at signing, removal.
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFailure } from '../../../common/contract';
import { DemoCa } from './demo-pki';
import { Keystore } from './keystore';

const ISSUED = new Date('2026-03-01T00:00:00Z');
const codeOf = (e: unknown): string => (isFailure(e) ? e.code : String(e));

describe('Keystore', () => {
  let ca: DemoCa;
  let a: Uint8Array;
  let b: Uint8Array;

  beforeAll(() => {
    ca = DemoCa.create(ISSUED);
    a = ca.issueSigner({ commonName: 'Andi', nip: '198203152008012007' }, 'sandi-a', ISSUED).p12;
    b = ca.issueSigner({ commonName: 'Budi', nip: '198911022014031002' }, 'sandi-b', ISSUED).p12;
  });

  it('stores each certificate once, owner-only, and lists them by name', async () => {
    const store = new Keystore(await mkdtemp(path.join(tmpdir(), 'verikop-ks-')), () => new Date('2026-04-01T00:00:00Z'));
    const first = await store.importP12(a, 'sandi-a');
    expect(await store.importP12(a, 'sandi-a')).toMatchObject({ id: first.id });
    await store.importP12(b, 'sandi-b');
    expect((await store.list()).map((c) => [c.subjectName, c.nip])).toEqual([
      ['Andi', '198203152008012007'],
      ['Budi', '198911022014031002'],
    ]);
    const files = await readdir(store.dir);
    expect(files.sort()).toHaveLength(4);
    for (const f of files) expect((await stat(path.join(store.dir, f))).mode & 0o077).toBe(0);
  });

  it('hides a damaged entry without hiding the others', async () => {
    const store = new Keystore(await mkdtemp(path.join(tmpdir(), 'verikop-ks-')), () => new Date('2026-04-01T00:00:00Z'));
    const damaged = await store.importP12(a, 'sandi-a');
    await store.importP12(b, 'sandi-b');
    await writeFile(path.join(store.dir, `${damaged.id}.json`), '{ rusak');
    expect((await store.list()).map((c) => c.subjectName)).toEqual(['Budi']);
  });

  it('refuses an expired certificate at import and at signing, and forgets removed ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verikop-ks-'));
    const later = new Keystore(dir, () => new Date('2029-01-01T00:00:00Z'));
    expect(await later.importP12(a, 'sandi-a').catch(codeOf)).toBe('certificate_expired');
    const store = new Keystore(dir, () => new Date('2026-04-01T00:00:00Z'));
    const { id } = await store.importP12(a, 'sandi-a');
    expect(await store.open(id, 'sandi-a', new Date('2029-01-01T00:00:00Z')).catch(codeOf)).toBe('certificate_expired');
    expect((await store.open(id, 'sandi-a', new Date('2026-04-02T00:00:00Z'))).describe().signerName).toBe('Andi');
    expect(await store.remove(id)).toBe(true);
    expect(await store.remove(id)).toBe(false);
    expect(await store.open(id, 'sandi-a', new Date('2026-04-02T00:00:00Z')).catch(codeOf)).toBe('certificate_not_found');
    expect(await readdir(dir)).toEqual([]);
  });
});
