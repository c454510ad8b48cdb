// The HTTP client against small servers that misbehave the ways real networks do: a captive
// portal's HTML page, nobody listening, an answer that never comes, a server restarting.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pullPageSchema } from '../../../common/sync/pull';
import { syncRoutes } from '../../../common/contract/http';
import { failureOf } from './failures';
import { bodyOf, expectStatus, HttpClient, HttpStatusError, pathOf, ProtocolError, TransportError } from './http-client';
import { withRetries } from './retry';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

const noWait = { sleep: () => Promise.resolve(), random: () => 0.5, now: () => 0 };

describe('HTTP client', () => {
  it('builds paths and queries from the route table, sending the token only as a header', async () => {
    const seen: { url?: string; auth?: string }[] = [];
    const url = await serve((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ entries: [], cursor: 7, hasMore: false }));
    });
    const answer = await new HttpClient(url).send(syncRoutes.pull, { token: 'rahasia', query: { after: 7, limit: 50 } });
    expect(bodyOf(syncRoutes.pull, answer, pullPageSchema)).toEqual({ entries: [], cursor: 7, hasMore: false });
    expect(seen).toEqual([{ url: '/sync/pull?after=7&limit=50', auth: 'Bearer rahasia' }]);
    expect(pathOf(syncRoutes.application, { id: 'a/b c' })).toBe('/applications/a%2Fb%20c');
  });

  it('calls a captive portal page a protocol error: reachable, but not our server', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Masuk ke Wi-Fi hotel</html>');
    });
    const answer = await new HttpClient(url).send(syncRoutes.pull, {});
    const error = (() => {
      try {
        return bodyOf(syncRoutes.pull, answer, pullPageSchema);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ProtocolError);
    expect(failureOf(error)).toMatchObject({ online: true, error: { code: 'sync_server_error' } });
  });

  it('sorts failures with no answer into network and timeout, both "offline"', async () => {
    const closed = await serve(() => undefined);
    const silent = await serve(() => undefined); // accepts, never answers
    const server = servers.shift();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    const refused = await new HttpClient(closed).send(syncRoutes.pull, {}).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: 'network', detail: 'ECONNREFUSED' });
    const slow = await new HttpClient(silent).send(syncRoutes.pull, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(TransportError);
    expect(slow).toMatchObject({ reason: 'timeout' });
    expect(failureOf(refused)).toMatchObject({ online: false, error: { code: 'sync_offline' } });
  });

  it('retries a restarting server (503, 502) and takes the answer that finally comes', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls += 1;
      if (calls <= 2) res.writeHead(calls === 1 ? 503 : 502, { 'retry-after': '1' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ entries: [], cursor: 0, hasMore: false }));
    });
    const client = new HttpClient(url);
    const answer = await withRetries(
      async () => {
        const a = await client.send(syncRoutes.pull, {});
        expectStatus(a, [200]);
        return a;
      },
      { attempts: 4, policy: { baseMs: 10, maxMs: 20, factor: 2 }, clock: noWait },
    );
    expect(answer.status).toBe(200);
    expect(calls).toBe(3);
  });

  it('does not retry a refusal, and words it: 401 ends the session, 403 is forbidden', async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      calls += 1;
      const status = req.url?.startsWith('/sync/pull') === true ? 401 : 403;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code: status === 401 ? 'unauthenticated' : 'forbidden', message: 'Tidak boleh.' }));
    });
    const client = new HttpClient(url);
    const run = (route: typeof syncRoutes.pull | typeof syncRoutes.applications) =>
      withRetries(
        async () => {
          expectStatus(await client.send(route, {}), [200]);
        },
        { attempts: 4, policy: { baseMs: 10, maxMs: 20, factor: 2 }, clock: noWait },
      ).catch((e: unknown) => e);
    const unauthenticated = await run(syncRoutes.pull);
    expect(unauthenticated).toBeInstanceOf(HttpStatusError);
    expect(failureOf(unauthenticated)).toMatchObject({ sessionEnded: true, error: { code: 'sync_unauthenticated' } });
    expect(failureOf(await run(syncRoutes.applications))).toMatchObject({ sessionEnded: false, error: { code: 'sync_forbidden', message: 'Server menolak permintaan ini: Tidak boleh.' } });
    expect(calls).toBe(2);
  });
});
