import { describe, expect, it } from 'vitest';
import {
  authorityOf,
  checkApiRequest,
  checkHost,
  isLoopbackAddress,
  parseCookies,
  routeOf,
  secretMatches,
  sessionCookieName,
  statusForCode,
  type HostIdentity,
} from './guards';

const id: HostIdentity = {
  origin: 'http://127.0.0.1:4321',
  authority: '127.0.0.1:4321',
  cookieName: sessionCookieName(4321),
  secret: 's3cret-s3cret-s3cret',
};
const cookie = `${id.cookieName}=${id.secret}`;
const rpcHeaders = { host: id.authority, cookie, 'x-verikop-rpc': '1' };

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1'])('accepts %s', (host) => {
    expect(isLoopbackAddress(host)).toBe(true);
  });
  it.each(['0.0.0.0', '::', 'localhost', '192.168.1.10', '10.0.0.1', '128.0.0.1', '::ffff:127.0.0.1', '', '127.0.0.1 '])(
    'refuses %j',
    (host) => {
      expect(isLoopbackAddress(host)).toBe(false);
    },
  );
});

describe('authorityOf', () => {
  it('brackets IPv6 addresses', () => {
    expect(authorityOf('127.0.0.1', 80)).toBe('127.0.0.1:80');
    expect(authorityOf('::1', 80)).toBe('[::1]:80');
  });
});

describe('parseCookies and secretMatches', () => {
  it('reads cookies, keeping the first of a repeated name', () => {
    const c = parseCookies('a=1; verikop_session_1=x=y;b=2; a=3; junk');
    expect(c.get('a')).toBe('1');
    expect(c.get('verikop_session_1')).toBe('x=y');
    expect(c.get('b')).toBe('2');
    expect(c.has('junk')).toBe(false);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('matches only the exact secret', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    for (const guess of ['ab', 'abcd', 'abd', '', undefined]) expect(secretMatches(guess, 'abc')).toBe(false);
  });

  it('names the cookie after the port, so two hosts on one machine keep their own', () => {
    expect(sessionCookieName(1)).not.toBe(sessionCookieName(2));
  });
});

describe('routeOf', () => {
  const sha = 'a'.repeat(64);
  it.each([
    ['/rpc/app.info', { kind: 'rpc', name: 'app.info' }],
    ['/rpc/toString', { kind: 'rpc', name: 'toString' }],
    ['/events', { kind: 'events' }],
    [`/vault/${sha}`, { kind: 'vault', sha256: sha }],
    ['/', { kind: 'static', pathname: '/' }],
    ['/assets/index-abc.js', { kind: 'static', pathname: '/assets/index-abc.js' }],
  ])('%s', (pathname, route) => {
    expect(routeOf(pathname)).toEqual(route);
  });

  it.each(['/rpc', '/rpc/', '/rpc/a/b', '/vault', `/vault/${sha.toUpperCase()}`, `/vault/${sha}0`, '/vault/../x', '/events/x'])(
    'refuses malformed API path %s',
    (pathname) => {
      expect(routeOf(pathname)).toBeUndefined();
    },
  );
});

describe('checkHost', () => {
  it('accepts only our own authority (DNS rebinding sends a foreign Host)', () => {
    expect(checkHost({ method: 'GET', headers: { host: id.authority } }, id)).toBeUndefined();
    for (const host of ['evil.example:4321', 'localhost:4321', '127.0.0.1:4322', '127.0.0.1', undefined]) {
      expect(checkHost({ method: 'GET', headers: { host } }, id)).toMatchObject({ code: 'forbidden_sender' });
    }
  });
});

describe('checkApiRequest', () => {
  it('lets the app page call', () => {
    expect(checkApiRequest({ method: 'POST', headers: rpcHeaders }, 'rpc', id)).toBeUndefined();
    const fromPage = { ...rpcHeaders, origin: id.origin, 'sec-fetch-site': 'same-origin' };
    expect(checkApiRequest({ method: 'POST', headers: fromPage }, 'rpc', id)).toBeUndefined();
    expect(checkApiRequest({ method: 'GET', headers: { cookie } }, 'events', id)).toBeUndefined();
    expect(checkApiRequest({ method: 'HEAD', headers: { cookie } }, 'vault', id)).toBeUndefined();
  });

  it.each([
    ['no cookie', { ...rpcHeaders, cookie: undefined }, 403],
    ['wrong secret', { ...rpcHeaders, cookie: `${id.cookieName}=guess` }, 403],
    ["another host's cookie", { ...rpcHeaders, cookie: `${sessionCookieName(1)}=${id.secret}` }, 403],
    ['a foreign origin', { ...rpcHeaders, origin: 'http://evil.example' }, 403],
    ['another loopback port', { ...rpcHeaders, origin: 'http://127.0.0.1:9999' }, 403],
    ['a same-site page', { ...rpcHeaders, 'sec-fetch-site': 'same-site' }, 403],
    ['a cross-site page', { ...rpcHeaders, 'sec-fetch-site': 'cross-site' }, 403],
    ['no custom header', { ...rpcHeaders, 'x-verikop-rpc': undefined }, 403],
    ['a wrong custom header', { ...rpcHeaders, 'x-verikop-rpc': 'yes' }, 403],
  ])('refuses a call with %s', (_what, headers, status) => {
    expect(checkApiRequest({ method: 'POST', headers }, 'rpc', id)).toMatchObject({ status, code: 'forbidden_sender' });
  });

  it('refuses wrong methods, preflights included', () => {
    for (const method of ['GET', 'OPTIONS', 'PUT']) {
      expect(checkApiRequest({ method, headers: rpcHeaders }, 'rpc', id)).toMatchObject({ status: 405 });
    }
    expect(checkApiRequest({ method: 'POST', headers: { cookie } }, 'events', id)).toMatchObject({ status: 405 });
    expect(checkApiRequest({ method: 'DELETE', headers: { cookie } }, 'vault', id)).toMatchObject({ status: 405 });
  });

  it('needs the cookie for events and vault files too', () => {
    expect(checkApiRequest({ method: 'GET', headers: {} }, 'events', id)).toMatchObject({ status: 403 });
    expect(checkApiRequest({ method: 'GET', headers: {} }, 'vault', id)).toMatchObject({ status: 403 });
  });
});

describe('statusForCode', () => {
  it('maps transport codes to HTTP statuses and declared failures to 422', () => {
    expect([undefined, 'bad_input', 'forbidden_sender', 'unknown_call', 'internal', 'unavailable', 'vault_corrupt'].map(statusForCode)).toEqual([
      200, 400, 403, 404, 500, 503, 422,
    ]);
  });
});
