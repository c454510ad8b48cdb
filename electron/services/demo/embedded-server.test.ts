// The embedded server of demo mode as it runs: a real child process of the server's CLI on a
// real PGlite folder, reached over HTTP. It provisions once, keeps its port across starts, moves
// when the port is taken, stops when asked and when its parent lets go of its stdin.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPacketFiles, samplePackets, writePacketFolder } from '../samples';
import { keepTail, STDERR_KEPT, startEmbeddedServer, type EmbeddedServerOptions, type EmbeddedServer, type ServerLauncher } from './embedded-server';

const repo = path.resolve(import.meta.dirname, '../../..');
const entry = path.join(repo, 'server', 'cli', 'main.ts');
// The server from source (tsx), as `npm run server` runs it; the bundle in dist/server takes the
// same arguments and is exercised by the web host's demo end-to-end test.
const launcher: ServerLauncher = { command: process.execPath, args: ['--import', 'tsx', entry], entry };
const PASSWORD = 'demo-sandi-panjang';

async function login(url: string, username: string): Promise<string> {
  const answer = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { token: string }).token;
}

async function assignedIds(url: string, token: string): Promise<string[]> {
  const answer = await fetch(`${url}/applications`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { applications: { id: string }[] }).applications.map((a) => a.id).sort();
}

const refused = (port: number): Promise<boolean> =>
  fetch(`http://127.0.0.1:${String(port)}/health`).then(
    () => false,
    () => true,
  );

const occupy = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });

describe('startEmbeddedServer', () => {
  let root: string;
  let dataDir: string;
  let provision: unknown;
  // Two applications with ids of their own (the sample packets are variants of one application).
  const samples = samplePackets()
    .slice(0, 2)
    .map((s, i) => ({ name: s.name, application: { ...s.application, id: `uji-${String(i + 1)}` } }));
  const sampleIds = ['uji-1', 'uji-2'];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verikop-embedded-'));
    dataDir = path.join(root, 'demo-server');
    for (const sample of samples) await writePacketFolder(path.join(root, sample.name), await buildPacketFiles(sample.application));
    provision = {
      users: [
        { username: 'verifikator', role: 'verifier', name: 'Verifikator Demo', password: PASSWORD },
        { username: 'supervisor', role: 'supervisor', name: 'Supervisor Demo', password: PASSWORD },
      ],
      packets: samples.map((s) => ({ folder: path.join(root, s.name), assign: 'verifikator' })),
    };
  }, 120_000);
  // Every server and child a test started, stopped after all even when a test failed or was
  // filtered out before the one that stops it.
  const servers: EmbeddedServer[] = [];
  const children: ChildProcess[] = [];
  const start = async (options: EmbeddedServerOptions): Promise<EmbeddedServer> => {
    const server = await startEmbeddedServer(options);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  let first: EmbeddedServer;

  it('provisions, listens on loopback at a free port, and serves the demo users their assignments', async () => {
    first = await start({ dataDir, launcher, provision });
    expect(first.url).toBe(`http://127.0.0.1:${String(first.port)}`);
    expect(first.port).toBeGreaterThan(0);
    expect(first.provisioned).toHaveLength(4);
    expect(JSON.parse(await readFile(path.join(dataDir, 'port.json'), 'utf8'))).toEqual({ port: first.port });
    expect(await assignedIds(first.url, await login(first.url, 'verifikator'))).toEqual(sampleIds);
    await login(first.url, 'supervisor');
  }, 120_000);

  it('stops: the process ends and the port closes', async () => {
    await first.stop();
    expect(await first.exited).toBe(0);
    expect(await refused(first.port)).toBe(true);
  }, 60_000);

  it('starts again on the same data and port, with nothing provisioned twice', async () => {
    const again = await start({ dataDir, launcher, provision });
    try {
      expect([again.port, again.provisioned]).toEqual([first.port, []]);
      expect(await assignedIds(again.url, await login(again.url, 'verifikator'))).toEqual(sampleIds);
    } finally {
      await again.stop();
    }
  }, 120_000);

  it('moves to another port when its own is taken, and keeps the new one', async () => {
    const squatter = await occupy(first.port);
    try {
      const moved = await start({ dataDir, launcher, provision });
      await moved.stop();
      expect(moved.port).not.toBe(first.port);
      expect(JSON.parse(await readFile(path.join(dataDir, 'port.json'), 'utf8'))).toEqual({ port: moved.port });
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 120_000);

  it('refuses at once, naming the build, when the server entry is missing', async () => {
    const missing = path.join(root, 'tidak-ada', 'main.mjs');
    await expect(start({ dataDir: path.join(root, 'lain'), launcher: { ...launcher, entry: missing }, provision })).rejects.toMatchObject({
      code: 'demo_unavailable',
      message: expect.stringContaining('npm run build') as string,
    });
  });

  it('says why when provisioning fails, and starts no server', async () => {
    const bad = { users: [{ username: 'verifikator', role: 'verifier', name: 'X', password: 'pendek' }] };
    await expect(start({ dataDir: path.join(root, 'buruk'), launcher, provision: bad })).rejects.toMatchObject({
      code: 'demo_server',
      message: expect.stringContaining('Kata sandi minimal 10 karakter') as string,
    });
  }, 60_000);

  it('serve --lifeline ends when its parent closes its stdin (the app was killed)', async () => {
    const child = spawn(process.execPath, [...launcher.args, 'serve', '--data-dir', dataDir, '--port', '0', '--lifeline'], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = /mendengarkan di (\S+)$/.exec(line);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
    });
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(await refused(Number(new URL(url).port))).toBe(true);
  }, 60_000);

  it('keeps only the end of what a child writes to stderr, however long it runs', () => {
    let kept = '';
    for (let i = 0; i < 2_000; i += 1) kept = keepTail(kept, `baris ${String(i)} ${'x'.repeat(100)}\n`);
    expect(kept.length).toBe(STDERR_KEPT);
    expect(kept.endsWith(`baris 1999 ${'x'.repeat(100)}\n`)).toBe(true);
    expect(keepTail('awal ', 'akhir')).toBe('awal akhir');
  });
});
