// Pure checks the web host applies to every request, kept apart from the HTTP plumbing so each
// rule can be tested on its own. The host is reachable by every program and every web page on
// this computer, so a request must prove it comes from the app's own page: right Host header
// (DNS rebinding), the per-launch secret as a cookie, the app's own origin, and for calls a
// custom header that no cross-origin page can send without a preflight we never grant.
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { hostMessages } from './messages';

/** Loopback only: 127.0.0.0/8 or ::1, written as an IP so no name lookup can redirect it. */
export function isLoopbackAddress(host: string): boolean {
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  return host === '::1';
}

/** `127.0.0.1:8080` or `[::1]:8080`: what the Host header must say, and the origin's authority. */
export const authorityOf = (host: string, port: number): string =>
  isIP(host) === 6 ? `[${host}]:${String(port)}` : `${host}:${String(port)}`;

/** Cookies are not isolated by port, so the name carries it: two hosts never clobber each other. */
export const sessionCookieName = (port: number): string => `verikop_session_${String(port)}`;

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
export function secretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type Route =
  | { readonly kind: 'rpc'; readonly name: string }
  | { readonly kind: 'events' }
  | { readonly kind: 'vault'; readonly sha256: string }
  | { readonly kind: 'static'; readonly pathname: string };

const sha256Pattern = /^[0-9a-f]{64}$/;

/**
 * Which kind of request a path is; undefined for API paths that are malformed (answer 404).
 * A call name is passed on as written: the dispatcher answers `unknown_call` for anything not in
 * the table, inherited object keys included.
 */
export function routeOf(pathname: string): Route | undefined {
  if (pathname.startsWith('/rpc/')) {
    const name = pathname.slice('/rpc/'.length);
    return name.length > 0 && !name.includes('/') ? { kind: 'rpc', name } : undefined;
  }
  if (pathname === '/events') return { kind: 'events' };
  if (pathname.startsWith('/vault/')) {
    const sha256 = pathname.slice('/vault/'.length);
    return sha256Pattern.test(sha256) ? { kind: 'vault', sha256 } : undefined;
  }
  if (pathname === '/rpc' || pathname === '/vault' || pathname.startsWith('/events/')) return undefined;
  return { kind: 'static', pathname };
}

export interface RequestFacts {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface HostIdentity {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** `127.0.0.1:PORT` */
  readonly authority: string;
  readonly cookieName: string;
  readonly secret: string;
}

export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const header = (facts: RequestFacts, name: string): string | undefined => {
  const value = facts.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends Host: evil.example. */
export function checkHost(facts: RequestFacts, id: HostIdentity): Refusal | undefined {
  return header(facts, 'host') === id.authority
    ? undefined
    : { status: 421, code: 'forbidden_sender', message: hostMessages.wrongHost };
}

const allowedMethods: Record<Exclude<Route['kind'], 'static'>, readonly string[]> = {
  rpc: ['POST'],
  events: ['GET'],
  vault: ['GET', 'HEAD'],
};

/** Everything an /rpc, /events or /vault request must satisfy beyond the Host header. */
export function checkApiRequest(
  facts: RequestFacts,
  kind: Exclude<Route['kind'], 'static'>,
  id: HostIdentity,
): Refusal | undefined {
  const allowed = allowedMethods[kind];
  // OPTIONS lands here too: a preflight is never granted, so no cross-origin page gets further.
  if (!allowed.includes(facts.method)) {
    return { status: 405, code: 'bad_input', message: hostMessages.methodNotAllowed(allowed.join(', ')) };
  }
  if (!secretMatches(parseCookies(header(facts, 'cookie')).get(id.cookieName), id.secret)) {
    return { status: 403, code: 'forbidden_sender', message: hostMessages.noSession };
  }
  const origin = header(facts, 'origin');
  // Browsers say where a request comes from; a same-site page on another loopback port
  // still differs from us by port, and both headers show it.
  const fetchSite = header(facts, 'sec-fetch-site');
  if ((origin !== undefined && origin !== id.origin) || (fetchSite !== undefined && fetchSite !== 'same-origin')) {
    return { status: 403, code: 'forbidden_sender', message: hostMessages.foreignOrigin };
  }
  if (kind === 'rpc' && header(facts, 'x-verikop-rpc') !== '1') {
    return { status: 403, code: 'forbidden_sender', message: hostMessages.missingRpcHeader };
  }
  return undefined;
}

/** HTTP status for a call's Result: the body always carries the Result itself. */
export function statusForCode(code: string | undefined): number {
  switch (code) {
    case undefined:
      return 200;
    case 'bad_input':
      return 400;
    case 'forbidden_sender':
      return 403;
    case 'unknown_call':
      return 404;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
    default:
      // An expected failure a handler declared (wrong passphrase, invalid packet, …).
      return 422;
  }
}
