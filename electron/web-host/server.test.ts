// The web host over real sockets on loopback, with the real app services and a real vault in a
// temporary folder.
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../services/app-services';
import { contentSecurityPolicy } from '../services/security/csp';
import { Vault } from '../services/vault/vault';
import { startWebHost, type WebHost } from './server';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let dir: string;
let services: AppServices;
let vault: Vault;
let host: WebHost;
let authority: string;
let cookie: string;

function send(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      // The path is sent exactly as written: no client-side normalisation of `..`.
      { host: url.hostname, port: url.port, path: pathname, method: opts.method ?? 'GET', headers: { host: authority, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const rpc = (name: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> =>
  send(`/rpc/${name}`, {
    method: 'POST',
    headers: { cookie, 'x-verikop-rpc': '1', 'content-type': 'application/json', ...headers },
    body,
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verikop-web-host-'));
  const staticDir = path.join(dir, 'renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Verikop</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'TOP-SECRET');
  const dataDir = path.join(dir, 'data');
  services = createAppServices({ host: 'web', dataDir, version: '9.9.9' });
  vault = Vault.forDataDir(dataDir);
  host = await startWebHost({
    handlers: services.handlers,
    events: services.events,
    vault: (sha) => vault.get(sha),
    staticDir,
  });
  authority = new URL(host.origin).host;
  const key = new URL(host.launchUrl).searchParams.get('k') ?? '';
  cookie = `verikop_session_${new URL(host.origin).port}=${key}`;
});

afterAll(async () => {
  await host.close();
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('launch', () => {
  it('binds loopback and prints a launch URL carrying the secret', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+$/);
    expect(new URL(host.launchUrl).searchParams.get('k')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('swaps the secret for an HttpOnly, SameSite=Strict cookie and redirects to /', async () => {
    const a = await send(`/?k=${cookie.split('=')[1] ?? ''}`);
    expect(a.status).toBe(303);
    expect(a.headers.location).toBe('/');
    expect(a.headers['set-cookie']).toEqual([`${cookie}; Path=/; HttpOnly; SameSite=Strict`]);
  });

  it('refuses a wrong key without setting a cookie', async () => {
    const a = await send('/?k=guess');
    expect(a.status).toBe(403);
    expect(a.headers['set-cookie']).toBeUndefined();
  });

  it('refuses to start on anything but loopback', async () => {
    for (const address of ['0.0.0.0', '::', 'localhost']) {
      await expect(startWebHost({ handlers: services.handlers, events: services.events, vault: () => Promise.resolve(undefined), staticDir: dir, host: address })).rejects.toThrow(/loopback/);
    }
  });
});

describe('static files', () => {
  it('serves the shell with the strict CSP and protective headers', async () => {
    const a = await send('/');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(a.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.headers['referrer-policy']).toBe('no-referrer');
    expect(a.headers['x-frame-options']).toBe('DENY');
    const js = await send('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1)');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])(
    'refuses the traversal %s',
    async (pathname) => {
      const a = await send(pathname);
      expect(a.status).toBe(404);
      expect(a.body).not.toContain('TOP-SECRET');
    },
  );

  it.each(['http://evil.example/', '//evil.example/index.html', '*'])('refuses the request target %s', async (target) => {
    const a = await send(target);
    expect(a.status).toBe(400);
    expect(a.body).not.toContain('<title>');
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await send('/nope.js')).status).toBe(404);
    expect((await send('/', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const a = await send('/', { headers: { host: `evil.example:${new URL(host.origin).port}` } });
    expect(a.status).toBe(421);
    expect(a.body).not.toContain('<title>');
  });
});

describe('POST /rpc/<name>', () => {
  it('runs a contract call and answers its Result', async () => {
    const a = await rpc('app.info', '{}');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(a.body)).toEqual({
      ok: true,
      value: { name: 'Verikop', version: '9.9.9', dataDir: path.join(dir, 'data'), host: 'web' },
    });
  });

  it.each([
    ['without the session cookie', { cookie: 'other=1' }],
    ['with a wrong secret', { cookie: `${cookie}x` }],
    ['from a foreign origin', { origin: 'http://evil.example' }],
    ['from another loopback port', { origin: 'http://127.0.0.1:1' }],
    ['without the custom header', { 'x-verikop-rpc': '0' }],
  ])('refuses a call %s', async (_what, headers) => {
    const a = await rpc('app.info', '{}', headers);
    expect(a.status).toBe(403);
    expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('never grants a CORS preflight', async () => {
    const a = await send('/rpc/app.info', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-verikop-rpc' },
    });
    expect(a.status).toBe(405);
    expect(a.headers['access-control-allow-origin']).toBeUndefined();
    expect(a.headers['access-control-allow-headers']).toBeUndefined();
  });

  it.each([
    ['input that breaks the schema', '{"extra":1}', /extra|Masukan tidak valid/],
    ['a body that is not JSON', '{nope', /bukan JSON/],
    ['an empty body', '', /bukan JSON/],
    ['a body that is not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /bukan JSON/],
  ])('answers %s with a typed bad_input', async (_what, body, message) => {
    const a = await rpc('app.info', body);
    expect(a.status).toBe(400);
    const result = JSON.parse(a.body) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(result.error.message).toMatch(message);
  });

  it('refuses a body over the limit with bad_input', async () => {
    const a = await rpc('app.info', `{"x":"${'a'.repeat(1024 * 1024)}"}`);
    expect(a.status).toBe(413);
    expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it.each(['nope', 'app.nope', '__proto__', 'toString'])('answers unknown_call for %s', async (name) => {
    const a = await rpc(name, '{}');
    expect(a.status).toBe(404);
    expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });
});

describe('GET /events', () => {
  it('streams bus events to a page with the cookie', async () => {
    const url = new URL(host.origin);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/events', headers: { host: authority, cookie } }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          // The first chunk (a comment) means we are subscribed; then an event arrives.
          if (text.startsWith(': verikop') && !text.includes('data:')) services.events.emit('app.updateReady', { version: '9.9.10' });
          if (text.includes('\n\ndata:') && text.endsWith('\n\n')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"name":"app.updateReady","payload":{"version":"9.9.10"}}\n\n');
  });

  it('refuses a stream without the cookie', async () => {
    expect((await send('/events')).status).toBe(403);
  });
});

describe('GET /vault/<sha256>', () => {
  it('serves a stored file as data that runs nothing', async () => {
    const stored = await vault.put(new TextEncoder().encode('{"a":1}'), { mediaType: 'application/json' });
    const a = await send(`/vault/${stored.sha256}`, { headers: { cookie } });
    expect(a.status).toBe(200);
    expect(a.body).toBe('{"a":1}');
    expect(a.headers['content-type']).toBe('application/json');
    expect(a.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect((await send(`/vault/${stored.sha256}`)).status).toBe(403);
  });

  it('answers 404 for absent or malformed names', async () => {
    expect((await send(`/vault/${'0'.repeat(64)}`, { headers: { cookie } })).status).toBe(404);
    expect((await send('/vault/../../secret.txt', { headers: { cookie } })).status).toBe(404);
    expect((await send(`/vault/${'A'.repeat(64)}`, { headers: { cookie } })).status).toBe(404);
  });

  it('answers a damaged file as internal, without its bytes or details', async () => {
    const stored = await vault.put(new TextEncoder().encode('{"b":2}'), { mediaType: 'application/json' });
    const sha = stored.sha256;
    await writeFile(path.join(dir, 'data', 'vault', sha.slice(0, 2), sha.slice(2, 4), sha), '{"b":3}');
    const a = await send(`/vault/${sha}`, { headers: { cookie } });
    expect(a.status).toBe(500);
    expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(a.body).not.toContain('"b"');
  });
});
