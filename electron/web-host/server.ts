// The web host's HTTP server: the built renderer, the contract as POST /rpc/<name>, events as
// GET /events, stored files as GET /vault/<sha256> — on loopback only, for the one page that
// was opened with this launch's secret.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calls, dispatch, transportMessages, type Calls, type Events, type Handlers, type Result } from '../../common/contract';
import { contentSecurityPolicy } from '../services/security/csp';
import { defaultBodyLimit, readJsonBody } from './body';
import { streamEvents, type EventFeed } from './event-stream';
import {
  authorityOf,
  checkApiRequest,
  checkHost,
  isLoopbackAddress,
  routeOf,
  secretMatches,
  sessionCookieName,
  statusForCode,
  type HostIdentity,
  type Route,
} from './guards';
import { hostMessages } from './messages';
import { serveStaticFile } from './static-files';
import { sendVaultBlob, type VaultReader } from './vault-route';

export interface WebHostOptions {
  readonly handlers: Handlers<Calls>;
  readonly events: EventFeed<Events>;
  readonly vault: VaultReader;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** Loopback address to bind; anything else is refused. Default 127.0.0.1. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly bodyLimit?: number;
  /** Told about bugs, which the page sees only as `internal`. */
  readonly onInternalError?: (what: string, error: unknown) => void;
}

export interface WebHost {
  readonly origin: string;
  /** Open once: it carries the per-launch secret, which the host swaps for a cookie. */
  readonly launchUrl: string;
  close(): Promise<void>;
}

const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  // The launch URL carries the secret; no Referer may ever repeat it.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  // Other origins cannot even embed our responses (e.g. a vault image) as no-cors loads.
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=()',
};

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(result));
}

const refuse = (res: ServerResponse, r: { status: number; code: string; message: string }): void => {
  sendResult(res, r.status, { ok: false, error: { code: r.code, message: r.message } });
};

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) throw new Error(hostMessages.notLoopback(host));
  const secret = randomBytes(32).toString('base64url');
  const bodyLimit = options.bodyLimit ?? defaultBodyLimit;
  const report = options.onInternalError ?? (() => undefined);

  const exchangeLaunchKey = (res: ServerResponse, key: string | null, self: HostIdentity): void => {
    if (!secretMatches(key ?? undefined, self.secret)) {
      sendText(res, 403, hostMessages.badLaunchKey);
      return;
    }
    // Path=/ and no Max-Age: the session lasts as long as the browser and this launch.
    res.writeHead(303, {
      location: '/',
      'set-cookie': `${self.cookieName}=${self.secret}; Path=/; HttpOnly; SameSite=Strict`,
      'cache-control': 'no-store',
    });
    res.end();
  };

  const serveApi = async (req: IncomingMessage, res: ServerResponse, route: Exclude<Route, { kind: 'static' }>): Promise<void> => {
    if (route.kind === 'events') {
      streamEvents(options.events, req, res);
    } else if (route.kind === 'vault') {
      const blob = await options.vault(route.sha256);
      if (blob === undefined) refuse(res, { status: 404, code: 'not_found', message: hostMessages.notFound });
      else await sendVaultBlob(blob, req.method ?? 'GET', res);
    } else {
      const body = await readJsonBody(req, bodyLimit);
      if (!body.ok) {
        refuse(res, { status: body.status, code: 'bad_input', message: body.message });
        return;
      }
      const result = await dispatch(calls, options.handlers, route.name, body.value, { onInternalError: report });
      sendResult(res, statusForCode(result.ok ? undefined : result.error.code), result);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, self: HostIdentity): Promise<void> => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const facts = { method: req.method ?? 'GET', headers: req.headers };
    const wrongHost = checkHost(facts, self);
    if (wrongHost !== undefined) {
      refuse(res, wrongHost);
      return;
    }
    // Origin-form only (`/path?query`): we are no proxy, and `//host/path` must not be read as a
    // path on another host.
    const target = req.url ?? '';
    if (!target.startsWith('/') || target.startsWith('//')) {
      sendText(res, 400, hostMessages.badPath);
      return;
    }
    const url = new URL(target, self.origin);
    if (url.pathname === '/' && url.searchParams.has('k')) {
      exchangeLaunchKey(res, url.searchParams.get('k'), self);
      return;
    }
    const route = routeOf(url.pathname);
    if (route === undefined) {
      refuse(res, { status: 404, code: 'not_found', message: hostMessages.notFound });
    } else if (route.kind === 'static') {
      if (facts.method !== 'GET' && facts.method !== 'HEAD') {
        sendText(res, 405, hostMessages.methodNotAllowed('GET, HEAD'));
      } else if (!(await serveStaticFile(options.staticDir, route.pathname, req, res))) {
        sendText(res, 404, hostMessages.notFound);
      }
    } else {
      const refusal = checkApiRequest(facts, route.kind, self);
      if (refusal === undefined) await serveApi(req, res, route);
      else refuse(res, refusal);
    }
  };

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The identity needs the port, known only once bound. Attaching the handler in the same turn
  // as the listen callback is safe: no connection is processed before it runs.
  const port = (server.address() as AddressInfo).port;
  const authority = authorityOf(host, port);
  const id: HostIdentity = { origin: `http://${authority}`, authority, cookieName: sessionCookieName(port), secret };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, id).catch((error: unknown) => {
      report(`${req.method ?? ''} ${req.url ?? ''}`, error);
      if (res.headersSent) res.destroy();
      else refuse(res, { status: 500, code: 'internal', message: transportMessages.internal });
    });
  });

  return {
    origin: id.origin,
    launchUrl: `${id.origin}/?k=${secret}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        // Event streams never end by themselves; without this, close would wait for every tab.
        server.closeAllConnections();
      }),
  };
}
