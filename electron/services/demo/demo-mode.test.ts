// Demo mode through the contract, as the first-run screen uses it: `app.startDemo` seeds the data
// folder, starts the embedded server (real child process, real PGlite), signs in as the demo
// verifier, whose pull then carries the three demo applications; closing the app stops the server,
// and the next app start brings it back on the same address with the session still valid.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, dispatch } from '../../../common/contract';
import { createAppServices, type AppServices } from '../app-services';
import { createServer } from 'node:net';
import { startEmbeddedServer, type ServerLauncher } from './embedded-server';

const repo = path.resolve(import.meta.dirname, '../../..');
const entry = path.join(repo, 'server', 'cli', 'main.ts');
const launcher: ServerLauncher = { command: process.execPath, args: ['--import', 'tsx', entry], entry };

async function call(services: AppServices, name: string, input: unknown): Promise<unknown> {
  const answer = await dispatch(calls, services.handlers, name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

const demoIds = ['app-2026-0042-lengkap', 'app-2026-0042-gagal-r8', 'app-2026-0042-wali-kota'];
const intakesIn = (page: unknown): string[] => demoIds.filter((id) => JSON.stringify(page).includes(`"${id}"`));

describe('demo mode (app.startDemo)', () => {
  let dataDir: string;
  let serverUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-mode-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the local server and signs in as the demo verifier, who pulls the three demo applications', async () => {
    const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
    try {
      const started = (await call(services, 'app.startDemo', { signInAs: 'verifier' })) as {
        serverUrl: string;
        password: string;
        accounts: { role: string; username: string; certificateFile: string }[];
        status: { serverUrl: string; user: { username: string; role: string } | null };
      };
      serverUrl = started.serverUrl;
      expect(serverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(started.accounts.map((a) => [a.role, a.username, a.certificateFile])).toEqual([
        ['verifier', 'verifikator', 'verifikator-demo.p12'],
        ['supervisor', 'supervisor', 'supervisor-demo.p12'],
      ]);
      expect(started.status).toMatchObject({ serverUrl, user: { username: 'verifikator', role: 'verifier' } });
      // What the first run asks before replacing a profile: the demo's address and its people's NIPs.
      const nips = ((await call(services, 'app.startDemo', {})) as { accounts: { nip: string }[] }).accounts.map((a) => a.nip);
      expect(await call(services, 'app.demoStatus', {})).toEqual({ serverUrl, nips });
      expect(intakesIn(await call(services, 'sync.pull', { after: 0, limit: 500 }))).toEqual(demoIds);
      // The same call again answers the running server; nothing starts twice.
      expect(((await call(services, 'app.startDemo', {})) as { serverUrl: string }).serverUrl).toBe(serverUrl);
      // The demo certificates wait in the inbox for the person to import.
      expect(((await call(services, 'signing.listCertificateInbox', {})) as { entries: unknown[] }).entries).toHaveLength(2);
    } finally {
      await services.close();
    }
    await expect(fetch(`${serverUrl}/health`)).rejects.toThrow();
  }, 180_000);

  it('comes back with the app on the same address, still signed in, adding nothing', async () => {
    const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
    try {
      const resumed = await services.demo.resume();
      expect(resumed).toMatchObject({ serverUrl, changes: [] });
      expect(await call(services, 'sync.status', {})).toMatchObject({ serverUrl, user: { username: 'verifikator' } });
      expect(intakesIn(await call(services, 'sync.pull', { after: 0, limit: 500 }))).toEqual(demoIds);
      const supervisor = (await call(services, 'app.startDemo', { signInAs: 'supervisor' })) as { status: { user: { role: string } } };
      expect(supervisor.status.user.role).toBe('supervisor');
    } finally {
      await services.close();
    }
  }, 180_000);

  it('is left by signing in to another server: documents name BSrE again and the demo server no longer starts', async () => {
    const dinasDir = path.join(dataDir, 'server-dinas');
    const dinas = await startEmbeddedServer({
      dataDir: dinasDir,
      launcher,
      provision: { users: [{ username: 'rudi', role: 'verifier', name: 'Rudi', password: 'rahasia-dinas-panjang' }] },
    });
    try {
      const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
      try {
        expect(await services.demo.signatureIssuer()).toBe('Verikop Demo CA');
        await call(services, 'sync.signIn', { serverUrl: dinas.url, username: 'rudi', password: 'rahasia-dinas-panjang' });
        expect(await services.demo.signatureIssuer()).toBeUndefined();
      } finally {
        await services.close();
      }
      const next = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
      try {
        expect(await next.demo.resume()).toBeUndefined();
        await expect(fetch(`${serverUrl}/health`)).rejects.toThrow();
      } finally {
        await next.close();
      }
    } finally {
      await dinas.stop();
    }
  }, 180_000);

  it('writes nothing when the server entry is missing: no demo CA trusted, no certificates, no packets', async () => {
    const untouched = await mkdtemp(path.join(tmpdir(), 'verikop-demo-noentry-'));
    const missing = path.join(untouched, 'tidak-ada', 'main.mjs');
    const services = createAppServices({ host: 'web', dataDir: untouched, version: '0.0.0-test', demoServer: { ...launcher, entry: missing } });
    try {
      const before = await readdir(untouched, { recursive: true });
      const answer = await dispatch(calls, services.handlers, 'app.startDemo', { signInAs: 'verifier' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'demo_unavailable', message: expect.stringContaining('npm run build') as string } });
      expect((await readdir(untouched, { recursive: true })).sort()).toEqual(before.sort());
      expect(await services.demo.signatureIssuer()).toBeUndefined();
      expect(existsSync(missing)).toBe(false);
    } finally {
      await services.close();
      await rm(untouched, { recursive: true, force: true });
    }
  });

  it('says demo mode is unavailable where the host cannot run the server, and writes nothing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'verikop-demo-none-'));
    const services = createAppServices({ host: 'web', dataDir: empty, version: '0.0.0-test' });
    try {
      const answer = await dispatch(calls, services.handlers, 'app.startDemo', { signInAs: 'verifier' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'demo_unavailable' } });
      expect(await services.demo.resume()).toBeUndefined();
      expect(await call(services, 'app.demoStatus', {})).toMatchObject({ serverUrl: null });
      expect((await readdir(empty)).filter((f) => f.startsWith('demo'))).toEqual([]);
    } finally {
      await services.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('demo mode and the address it was signed in at', () => {
  it('follows its own server to a new port when another program took the kept one', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-moved-'));
    // Another program on the kept port; it hangs up on whoever calls (the app's health checks).
    const squatter = createServer((socket) => socket.destroy());
    try {
      const first = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
      let kept: string;
      try {
        kept = ((await call(first, 'app.startDemo', { signInAs: 'verifier' })) as { serverUrl: string }).serverUrl;
      } finally {
        await first.close();
      }
      await new Promise<void>((resolve) => squatter.listen(Number(new URL(kept).port), '127.0.0.1', resolve));
      const next = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
      try {
        const resumed = await next.demo.resume();
        expect(resumed?.serverUrl).not.toBe(kept);
        expect(await call(next, 'sync.status', {})).toMatchObject({ serverUrl: resumed?.serverUrl, user: { username: 'verifikator' } });
      } finally {
        await next.close();
      }
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('leaves a session at another local server alone, even for a user named like a demo account', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-other-'));
    const other = await startEmbeddedServer({
      dataDir: path.join(dataDir, 'server-lain'),
      launcher,
      provision: { users: [{ username: 'verifikator', role: 'verifier', name: 'Verifikator Kantor', password: 'sandi-kantor-panjang' }] },
    });
    const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
    try {
      await call(services, 'sync.signIn', { serverUrl: other.url, username: 'verifikator', password: 'sandi-kantor-panjang' });
      const started = (await call(services, 'app.startDemo', {})) as { serverUrl: string; status: { serverUrl: string } };
      expect(started.serverUrl).not.toBe(other.url);
      expect(started.status.serverUrl).toBe(other.url);
      expect(await call(services, 'sync.status', {})).toMatchObject({ serverUrl: other.url, user: { username: 'verifikator', displayName: 'Verifikator Kantor' } });
    } finally {
      await services.close();
      await other.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
