// What other programs and pages on this computer can do to the web host: nothing without the
// launch secret, and nothing from another origin even with the cookie.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test } from '@playwright/test';
import { testHost } from './host';

const rpcHeaders = { 'x-verikop-rpc': '1', 'content-type': 'application/json' };
const sessionCookie = (): string => {
  const host = testHost();
  return `verikop_session_${new URL(host.origin).port}=${host.secret}`;
};

test('without the secret cookie, calls, events and vault files are refused', async () => {
  const host = testHost();
  const anonymous = await request.newContext();
  const call = await anonymous.post(`${host.origin}/rpc/app.info`, { headers: rpcHeaders, data: {} });
  expect(call.status()).toBe(403);
  expect(await call.json()).toMatchObject({ ok: false, error: { code: 'forbidden_sender', message: expect.stringMatching(/^Sesi tidak sah/) as unknown } });
  expect((await anonymous.get(`${host.origin}/events`)).status()).toBe(403);
  expect((await anonymous.get(`${host.origin}/vault/${'0'.repeat(64)}`)).status()).toBe(403);
  expect((await anonymous.get(`${host.origin}/?k=not-the-secret`)).status()).toBe(403);
  await anonymous.dispose();
});

test('a browser that never got the secret sees the shell but a clear refusal', async ({ page }) => {
  // About is where app.info answers (the app now opens on the inbox): its refusal is spelled out there.
  await page.goto(`${testHost().origin}/#/tentang`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Informasi aplikasi tidak dapat dimuat.');
  await expect(alert).toContainText('Sesi tidak sah');
});

test('a call with the cookie but from a foreign origin is refused', async () => {
  const host = testHost();
  const client = await request.newContext({ extraHTTPHeaders: { cookie: sessionCookie() } });
  const own = await client.post(`${host.origin}/rpc/app.info`, { headers: { ...rpcHeaders, origin: host.origin }, data: {} });
  expect(own.status()).toBe(200);
  for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1']) {
    const foreign = await client.post(`${host.origin}/rpc/app.info`, { headers: { ...rpcHeaders, origin }, data: {} });
    expect(foreign.status(), origin).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  }
  await client.dispose();
});

test('a page on another loopback port cannot call, even though the browser sends the cookie', async ({ page, context }) => {
  const host = testHost();
  const target = `${host.origin}/rpc/app.info`;
  await page.goto(host.launchUrl); // this browser now holds the session cookie
  // Same site (127.0.0.1), other origin: what another local dev server's page would be. A real
  // server, so Chromium treats the page as loopback like the host and lets it send.
  const evilServer = createServer((_req, res) => res.end('<title>evil</title>'));
  await new Promise<void>((resolve) => evilServer.listen(0, '127.0.0.1', resolve));
  const evil = await context.newPage();
  await evil.goto(`http://127.0.0.1:${String((evilServer.address() as AddressInfo).port)}/`);

  // The page cannot read the answer (CORP and CORS hide it), so the wire is watched instead:
  // what the browser really sent and what the host really answered.
  const cdp = await context.newCDPSession(evil);
  await cdp.send('Network.enable');
  const cookies = new Map<string, string>();
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => cookies.set(e.requestId, e.headers.Cookie ?? e.headers.cookie ?? ''));
  // Only the call to the host counts: the evil page's own requests (a favicon, say) answer too,
  // and the events of one request may arrive in either order.
  const toHost = new Set<string>();
  const statuses = new Map<string, number>();
  const answered = new Promise<{ requestId: string; statusCode: number }>((resolve) => {
    const settle = (requestId: string): void => {
      const statusCode = statuses.get(requestId);
      if (toHost.has(requestId) && statusCode !== undefined) resolve({ requestId, statusCode });
    };
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url === target) toHost.add(e.requestId);
      settle(e.requestId);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      statuses.set(e.requestId, e.statusCode);
      settle(e.requestId);
    });
  });

  // A "simple" request needs no preflight: the browser sends it, cookie included.
  const simple = await evil.evaluate(async (url) => {
    try {
      await fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{}' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, target);
  expect(simple).toBe('blocked'); // CORP: even the opaque answer is withheld
  const answer = await answered;
  expect(cookies.get(answer.requestId)).toContain(sessionCookie());
  expect(answer.statusCode).toBe(403);

  // With the custom header the browser must ask first; the host never grants it.
  const preflighted = await evil.evaluate(async (url) => {
    try {
      await fetch(url, { method: 'POST', credentials: 'include', headers: { 'x-verikop-rpc': '1' }, body: '{}' });
      return 'answered';
    } catch (e) {
      return e instanceof TypeError ? 'blocked' : 'other';
    }
  }, target);
  expect(preflighted).toBe('blocked');
  await new Promise((resolve) => evilServer.close(resolve));
});

test('paths that climb out of the renderer folder are not served', async () => {
  const host = testHost();
  const client = await request.newContext();
  for (const p of ['/%2e%2e/package.json', '/..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json']) {
    const answer = await client.get(`${host.origin}${p}`);
    expect(answer.status(), p).toBe(404);
    expect(await answer.text()).not.toContain('"name": "verikop"');
  }
  await client.dispose();
});
