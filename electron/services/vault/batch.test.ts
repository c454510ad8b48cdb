// A vault batch: several files stored together, all or none, without hashing them again — which
// is only safe because it takes nothing but bytes hashed in this process (verified.ts).
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from './testing/files-under';
import { Vault } from './vault';
import { Sha256Builder, verifyBytes, type VerifiedBytes } from './verified';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const pdf = (text: string): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

let dataDir: string;
let vault: Vault;

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'verikop-batch-'));
  vault = Vault.forDataDir(dataDir);
});
afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});


describe('verified bytes', () => {
  it('carry the SHA-256 of exactly their bytes, also when hashed chunk by chunk while a buffer fills', () => {
    const bytes = pdf('isi yang cukup panjang untuk beberapa potongan');
    const builder = new Sha256Builder();
    for (let at = 0; at < bytes.length; at += 7) builder.update(bytes.subarray(at, Math.min(at + 7, bytes.length)));
    expect(builder.finish(bytes).sha256).toBe(sha(bytes));
    expect(verifyBytes(bytes).sha256).toBe(sha(bytes));
    expect(verifyBytes(new Uint8Array(0)).sha256).toBe(sha(new Uint8Array(0)));
  });

  it('cannot be finished for bytes other than the ones hashed', () => {
    const buffer = pdf('satu berkas');
    const skipping = new Sha256Builder();
    skipping.update(buffer.subarray(0, 4));
    expect(() => {
      skipping.update(buffer.subarray(5, 9));
    }).toThrow(/follow each other/);
    const short = new Sha256Builder();
    short.update(buffer.subarray(0, 4));
    expect(() => short.finish(buffer)).toThrow(/not the ones hashed/);
    const elsewhere = new Sha256Builder();
    elsewhere.update(buffer);
    expect(() => elsewhere.finish(Uint8Array.from(buffer))).toThrow(/not the ones hashed/);
  });
});

describe('a batch', () => {
  it('stores every file under its hash with its media type, readable and verified like a put', async () => {
    const a = verifyBytes(pdf('a'));
    const b = verifyBytes(new TextEncoder().encode('{"x":1}'));
    const batch = vault.batch();
    batch.add(a, 'application/pdf');
    batch.add(b, 'application/json');
    const staged: number[] = [];

    const results = await batch.commit((index) => staged.push(index));

    expect(staged).toEqual([0, 1]);
    expect(results.map((r) => [r.sha256, r.created])).toEqual([
      [sha(a.bytes), true],
      [sha(b.bytes), true],
    ]);
    expect(await vault.read(a.sha256)).toEqual({ bytes: Buffer.from(a.bytes), mediaType: 'application/pdf' });
    expect((await vault.read(b.sha256)).mediaType).toBe('application/json');
    expect(await filesUnder(join(vault.root, 'tmp'))).toEqual([]);
  });

  it('refuses a hash it did not compute: a look-alike object naming other bytes stores nothing', async () => {
    const real = verifyBytes(pdf('asli'));
    const forged: VerifiedBytes = { bytes: pdf('palsu'), sha256: real.sha256 };
    const batch = vault.batch();

    expect(() => {
      batch.add(forged, 'application/pdf');
    }).toThrow(/hashed in this process/);
    expect(() => {
      batch.stage({ ...real });
    }).toThrow(/hashed in this process/);
    await batch.discard();
    expect(await vault.has(real.sha256)).toBe(false);
    expect(await filesUnder(vault.root)).toEqual([]);
  });

  it('refuses bytes whose content contradicts the declared type, before writing anything', async () => {
    const batch = vault.batch();
    expect(() => {
      batch.add(verifyBytes(new TextEncoder().encode('bukan pdf')), 'application/pdf');
    }).toThrow(expect.objectContaining({ code: 'vault_media_type' }) as Error);
    await batch.discard();
    expect(await filesUnder(vault.root)).toEqual([]);
  });

  it('removes at commit what was staged but never added, and keeps what was already there', async () => {
    const earlier = await vault.put(pdf('sudah ada'), { mediaType: 'application/pdf' });
    const wanted = verifyBytes(pdf('dipakai'));
    const unwanted = verifyBytes(pdf('tidak dipakai'));
    const again = verifyBytes(pdf('sudah ada'));
    const batch = vault.batch();
    batch.stage(unwanted);
    batch.stage(wanted);
    batch.add(wanted, 'application/pdf');
    batch.add(again, 'application/pdf');

    const results = await batch.commit();

    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect((await vault.list()).map((e) => e.sha256).sort()).toEqual([earlier.sha256, wanted.sha256].sort());
    expect(await vault.has(unwanted.sha256)).toBe(false);
    expect(await filesUnder(join(vault.root, 'tmp'))).toEqual([]);
  });

  it('discarded: every temporary file is gone and the vault is as before', async () => {
    await vault.put(pdf('sebelumnya'), { mediaType: 'application/pdf' });
    const before = await filesUnder(vault.root);
    const batch = vault.batch();
    batch.stage(verifyBytes(pdf('satu')));
    batch.add(verifyBytes(pdf('dua')), 'application/pdf');

    await batch.discard();

    expect(await filesUnder(vault.root)).toEqual(before);
    expect(() => {
      batch.add(verifyBytes(pdf('tiga')), 'application/pdf');
    }).toThrow(/already committed or discarded/);
  });
});
