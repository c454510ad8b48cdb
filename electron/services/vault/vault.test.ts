import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Failure } from '../../../common/contract';
import { filesUnder } from './testing/files-under';
import { Vault } from './vault';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const pdf = (text: string): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);
const png = (): Uint8Array =>
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);

/** The Failure a promise rejects with (its code and message), or a test error if it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Failure) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a Failure');
}

let dataDir: string;
let vault: Vault;

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'verikop-vault-'));
  vault = Vault.forDataDir(dataDir);
});
afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});


describe('Vault put and read', () => {
  it('stores bytes under their SHA-256 in sharded folders, with the media type beside them', async () => {
    const bytes = pdf('izin operasional');
    const hash = sha(bytes);
    const result = await vault.put(bytes, { mediaType: 'application/pdf' });

    expect(result).toEqual({ sha256: hash, size: bytes.length, mediaType: 'application/pdf', created: true });
    expect(await filesUnder(vault.root)).toEqual([
      join(hash.slice(0, 2), hash.slice(2, 4), hash),
      join(hash.slice(0, 2), hash.slice(2, 4), `${hash}.json`),
    ]);
    expect(await vault.has(hash)).toBe(true);
    const read = await vault.read(hash);
    expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(read.mediaType).toBe('application/pdf');
  });

  it('keeps stored files private to the owner', async () => {
    const { sha256 } = await vault.put(pdf('daftar anggota dengan NIK'), { mediaType: 'application/pdf' });
    const stat = await fsp.stat(join(vault.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(stat.mode & 0o077).toBe(0);
  });

  it('deduplicates: the same bytes stored twice are one file', async () => {
    const bytes = pdf('laporan keuangan');
    await vault.put(bytes, { mediaType: 'application/pdf' });
    const again = await vault.put(bytes, { mediaType: 'application/pdf' });
    expect(again.created).toBe(false);
    expect(await vault.list()).toHaveLength(1);
  });

  it('stores two concurrent puts of the same bytes once', async () => {
    const bytes = pdf('rencana kerja');
    const results = await Promise.all([1, 2, 3].map(() => vault.put(bytes, { mediaType: 'application/pdf' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await filesUnder(vault.root)).toHaveLength(2);
  });

  it('stores a stream of chunks under the hash of the whole', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    bytes.set(pdf('x').subarray(0, 8));
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 65_536) chunks.push(bytes.subarray(i, i + 65_536));
    const result = await vault.put(Readable.from(chunks), { mediaType: 'application/pdf' });
    expect(result.sha256).toBe(sha(bytes));
    expect(result.size).toBe(bytes.length);
  });

  it('stores a list of buffers as their concatenation, written one after the other, hashed across them', async () => {
    // The PDF header is split over the boundary, so the content check also reads across the parts.
    const whole = pdf('berkas bertanda tangan'.repeat(50));
    const parts = [whole.subarray(0, 2), whole.subarray(2, 700), whole.subarray(700)];
    const result = await vault.put(parts, { mediaType: 'application/pdf' });
    expect(result).toEqual({ sha256: sha(whole), size: whole.length, mediaType: 'application/pdf', created: true });
    const onDisk = await fsp.readFile(join(vault.root, result.sha256.slice(0, 2), result.sha256.slice(2, 4), result.sha256));
    expect(onDisk.equals(Buffer.from(whole))).toBe(true);
    // The same bytes in one buffer are the same file.
    expect(await vault.put(whole, { mediaType: 'application/pdf' })).toMatchObject({ sha256: result.sha256, created: false });
  });

  it('answers undefined for an unknown or malformed hash, and read() says not found', async () => {
    expect(await vault.get('0'.repeat(64))).toBeUndefined();
    expect(await vault.get('../../etc/passwd')).toBeUndefined();
    expect(await vault.has('ABC')).toBe(false);
    await expect(vault.read('f'.repeat(64))).rejects.toMatchObject({ code: 'vault_not_found' });
  });

  it('refuses corrupted bytes on read instead of returning them', async () => {
    const { sha256 } = await vault.put(pdf('sertifikat kompetensi'), { mediaType: 'application/pdf' });
    const path = join(vault.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    const damaged = await fsp.readFile(path);
    damaged[12] = (damaged[12] ?? 0) ^ 0x01;
    await fsp.writeFile(path, damaged);
    const failure = await failureOf(vault.get(sha256));
    expect(failure.code).toBe('vault_corrupt');
    expect(failure.message).toMatch(/rusak/);
  });

  it('serves what the sidecar says, and plain bytes when the sidecar is damaged', async () => {
    const { sha256 } = await vault.put(png(), { mediaType: 'image/png' });
    const reader = vault.reader();
    expect((await reader(sha256))?.mediaType).toBe('image/png');
    await fsp.writeFile(join(vault.root, sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.json`), '{not json');
    expect((await reader(sha256))?.mediaType).toBe('application/octet-stream');
    expect(await reader('nope')).toBeUndefined();
  });
});

describe('Vault refuses and stores nothing', () => {
  it.each([
    ['a type a browser would run', pdf('x'), 'text/html', 'vault_media_type'],
    ['a PDF that is really a PNG', png(), 'application/pdf', 'vault_media_type'],
    ['a PNG that is really a PDF', pdf('x'), 'image/png', 'vault_media_type'],
    ['parts that together are a PNG, declared a PDF', [png().subarray(0, 3), png().subarray(3)], 'application/pdf', 'vault_media_type'],
  ] as const)('%s', async (_label, bytes, mediaType, code) => {
    await expect(vault.put(bytes, { mediaType: mediaType as 'application/pdf' })).rejects.toMatchObject({ code });
    expect(await filesUnder(vault.root)).toEqual([]);
  });

  it('more bytes than allowed', async () => {
    await expect(vault.put(pdf('y'.repeat(100)), { mediaType: 'application/pdf', maxBytes: 50 })).rejects.toMatchObject({
      code: 'vault_too_large',
    });
    expect(await filesUnder(vault.root)).toEqual([]);
  });

  it('parts that together are more bytes than allowed, or do not hash to the expected value', async () => {
    const whole = pdf('z'.repeat(100));
    const parts = [whole.subarray(0, 40), whole.subarray(40)];
    await expect(vault.put(parts, { mediaType: 'application/pdf', maxBytes: 50 })).rejects.toMatchObject({ code: 'vault_too_large' });
    await expect(vault.put(parts, { mediaType: 'application/pdf', expectedSha256: sha(parts[0] ?? whole) })).rejects.toMatchObject({ code: 'vault_hash_mismatch' });
    expect(await filesUnder(vault.root)).toEqual([]);
  });

  it('bytes that do not hash to the expected value', async () => {
    const put = vault.put(pdf('a'), { mediaType: 'application/pdf', expectedSha256: sha(pdf('b')) });
    await expect(put).rejects.toMatchObject({ code: 'vault_hash_mismatch' });
    expect(await filesUnder(vault.root)).toEqual([]);
  });
});

describe('Vault listing and cleanup', () => {
  const old = new Date('2026-01-05T08:00:00Z');
  const afterOld = () => Date.parse('2026-01-05T10:00:00Z');

  async function age(path: string): Promise<void> {
    await fsp.utimes(path, old, old);
  }

  it('lists files sorted by hash with size and type', async () => {
    const a = await vault.put(pdf('a'), { mediaType: 'application/pdf' });
    const b = await vault.put(png(), { mediaType: 'image/png' });
    const listed = await vault.list();
    expect(listed).toEqual(
      [a, b].map(({ sha256, size, mediaType }) => ({ sha256, size, mediaType })).sort((x, y) => (x.sha256 < y.sha256 ? -1 : 1)),
    );
  });

  it('removes unreferenced files older than the grace period, and leftovers of interrupted writes', async () => {
    const clock = new Vault(vault.root, { now: afterOld });
    const kept = await clock.put(pdf('kept'), { mediaType: 'application/pdf' });
    const dropped = await clock.put(pdf('dropped'), { mediaType: 'application/pdf' });
    const young = await clock.put(pdf('young'), { mediaType: 'application/pdf' });
    const orphanSidecar = join(vault.root, 'ee', 'ee', `${'e'.repeat(64)}.json`);
    await fsp.mkdir(join(vault.root, 'ee', 'ee'), { recursive: true });
    await fsp.writeFile(orphanSidecar, '{"mediaType":"application/pdf"}');
    const staleTemp = join(vault.root, 'tmp', 'crashed.part');
    await fsp.writeFile(staleTemp, 'half');
    for (const s of [kept.sha256, dropped.sha256]) await age(join(vault.root, s.slice(0, 2), s.slice(2, 4), s));
    await age(orphanSidecar);
    await age(staleTemp);
    const recent = new Date('2026-01-05T09:30:00Z'); // inside the hour of grace before "now"
    await fsp.utimes(join(vault.root, young.sha256.slice(0, 2), young.sha256.slice(2, 4), young.sha256), recent, recent);

    const result = await clock.removeUnreferenced([kept.sha256]);

    expect(result).toEqual({ removed: [dropped.sha256], freedBytes: dropped.size });
    expect((await clock.list()).map((e) => e.sha256).sort()).toEqual([kept.sha256, young.sha256].sort());
    expect(await filesUnder(vault.root)).not.toContain(join('ee', 'ee', `${'e'.repeat(64)}.json`));
    expect(await filesUnder(join(vault.root, 'tmp'))).toEqual([]);
  });

  it('keeps a file that an import has just stored again (dedup freshens it)', async () => {
    const clock = new Vault(vault.root, { now: afterOld });
    const bytes = pdf('diimpor ulang');
    const { sha256 } = await clock.put(bytes, { mediaType: 'application/pdf' });
    await age(join(vault.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    await clock.put(bytes, { mediaType: 'application/pdf' });
    expect((await clock.removeUnreferenced([])).removed).toEqual([]);
  });

  it('removes one file on request', async () => {
    const { sha256 } = await vault.put(pdf('salah unggah'), { mediaType: 'application/pdf' });
    expect(await vault.remove(sha256)).toBe(true);
    expect(await vault.remove(sha256)).toBe(false);
    expect(await filesUnder(vault.root)).toEqual([]);
  });
});
