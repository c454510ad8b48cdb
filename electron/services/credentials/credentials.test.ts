import { mkdtemp, readFile, readdir, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKeySecretStore } from './file-key-store';
import { SessionStore, type StoredSession } from './session-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verikop-credentials-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TOKEN = 'vk1.Zm9vYmFyYmF6cXV4LXJhaGFzaWEtc2VrYWxp';
const session: StoredSession = {
  serverUrl: 'https://sinkron.dinas.example.go.id',
  user: { id: '1', username: 'siti', displayName: 'Siti Rahmawati', role: 'verifier' },
  token: TOKEN,
  expiresAt: '2026-04-29T02:00:00.000Z',
};

describe('file key secret store', () => {
  it('creates a 32-byte owner-only key once and seals with AES-256-GCM', async () => {
    const keyPath = join(dir, 'sync', 'secret.key');
    const store = new FileKeySecretStore(keyPath);
    const a = await store.seal('rahasia');
    const b = await store.seal('rahasia');
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0); // fresh IV each time
    expect(await store.open(a)).toBe('rahasia');
    const key = await readFile(keyPath);
    expect(key.length).toBe(32);
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    // Another store over the same file (the next start of the app) opens it too.
    expect(await new FileKeySecretStore(keyPath).open(a)).toBe('rahasia');
    expect((await readdir(join(dir, 'sync'))).filter((n) => n.endsWith('.key'))).toEqual(['secret.key']);
  });

  it('refuses altered bytes, another key, and garbage', async () => {
    const store = new FileKeySecretStore(join(dir, 'one.key'));
    const sealed = Buffer.from(await store.seal('rahasia'));
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = (altered.at(-1) ?? 0) ^ 1;
    await expect(store.open(altered)).rejects.toThrow();
    await expect(new FileKeySecretStore(join(dir, 'two.key')).open(sealed)).rejects.toThrow();
    await expect(store.open(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });

  it('two stores starting at once agree on one key', async () => {
    const keyPath = join(dir, 'race.key');
    const [x, y] = [new FileKeySecretStore(keyPath), new FileKeySecretStore(keyPath)];
    const [sx, sy] = await Promise.all([x.seal('a'), y.seal('b')]);
    expect(await y.open(sx)).toBe('a');
    expect(await x.open(sy)).toBe('b');
  });

  it('narrows a key file someone made readable by others', async () => {
    const keyPath = join(dir, 'wide.key');
    await new FileKeySecretStore(keyPath).seal('x');
    await chmod(keyPath, 0o644);
    await new FileKeySecretStore(keyPath).seal('y');
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
  });
});

describe('session store', () => {
  it('keeps the session sealed: the token is nowhere in the file, and it reads back whole', async () => {
    const path = join(dir, 'sync', 'session.sealed');
    const store = new SessionStore(path, new FileKeySecretStore(join(dir, 'sync', 'secret.key')));
    await store.save(session);
    const onDisk = await readFile(path);
    expect(onDisk.includes(Buffer.from(TOKEN))).toBe(false);
    expect(onDisk.includes(Buffer.from('siti'))).toBe(false);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await store.load()).toEqual({ kind: 'session', session });
    await store.clear();
    expect(await store.load()).toEqual({ kind: 'none' });
  });

  it('reads an altered or foreign file as signed out, not as an error', async () => {
    const path = join(dir, 'session.sealed');
    const store = new SessionStore(path, new FileKeySecretStore(join(dir, 'secret.key')));
    await store.save(session);
    const other = new SessionStore(path, new FileKeySecretStore(join(dir, 'other.key')));
    expect(await other.load()).toEqual({ kind: 'unreadable' });
    await writeFile(path, 'plain text planted by someone');
    expect(await store.load()).toEqual({ kind: 'unreadable' });
  });
});
