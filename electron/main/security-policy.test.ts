import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  contentSecurityPolicy,
  isAllowedNavigation,
  isAppUrl,
  isPermissionGranted,
  isTrustedSender,
  urlForLog,
  vaultContentSecurityPolicy,
} from './security-policy';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources];
    }),
  );

describe('app origin', () => {
  it.each([
    ['app://verikop/index.html', true],
    ['app://verikop/', true],
    ['app://verikop/assets/index-abc.js?x=1#y', true],
    [appEntryUrl, true],
    ['app://evil/index.html', false],
    ['app://verikop.evil.com/', false],
    ['app://user:pw@verikop/', false],
    ['app://verikop:8080/', false],
    ['https://verikop/', false],
    ['file:///etc/passwd', false],
    ['verikop-vault://blob/' + 'a'.repeat(64), false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
    expect(isAllowedNavigation(url)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of an app page', () => {
    expect(isTrustedSender({ url: 'app://verikop/index.html', isMainFrame: true })).toBe(true);
  });

  it('refuses subframes, other origins and destroyed frames', () => {
    expect(isTrustedSender({ url: 'app://verikop/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const d = directives(contentSecurityPolicy);

  it('allows scripts and workers only from the app, never inline or eval', () => {
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('*');
  });

  it('lets images and fetches reach the vault scheme', () => {
    expect(d.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:', 'verikop-vault:']));
    expect(d.get('connect-src')).toEqual(["'self'", 'verikop-vault:']);
  });

  it('forbids objects, frames, base rewriting, form posts and being framed', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(d.get(name), name).toEqual(["'none'"]);
    }
  });

  it('makes vault files inert when opened on their own', () => {
    expect(vaultContentSecurityPolicy).toBe("default-src 'none'; sandbox");
  });
});

describe('urlForLog', () => {
  it('keeps scheme and host only, never path or query', () => {
    expect(urlForLog('https://example.org/reset?token=SECRET')).toBe('https://example.org');
    expect(urlForLog('::')).toBe('(URL tidak valid)');
  });
});

describe('isPermissionGranted', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(isPermissionGranted(permission)).toBe(false);
    },
  );
});
