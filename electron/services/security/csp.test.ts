import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources];
    }),
  );

describe('contentSecurityPolicy', () => {
  it('refuses everything by default and allows scripts only from the app itself', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(d.get(name), name).toEqual(["'none'"]);
    }
  });

  it('never allows inline script or eval', () => {
    const policy = contentSecurityPolicy({ vaultSource: 'verikop-vault:' });
    const scripts = directives(policy).get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain('*');
  });

  it('adds the vault source to images, media and fetches only', () => {
    const d = directives(contentSecurityPolicy({ vaultSource: 'verikop-vault:' }));
    for (const name of ['img-src', 'media-src', 'connect-src']) {
      expect(d.get(name), name).toContain('verikop-vault:');
    }
    expect(d.get('script-src')).not.toContain('verikop-vault:');
    expect(d.get('worker-src')).not.toContain('verikop-vault:');
  });

  it.each(['verikop-vault: https:', "'unsafe-eval'", 'https://*', 'a;script-src *', '', 'VAULT:'])(
    'refuses a vault source that could change the policy: %j',
    (vaultSource) => {
      expect(() => contentSecurityPolicy({ vaultSource })).toThrow(/Invalid CSP source/);
    },
  );

  it('accepts a scheme with host and port', () => {
    expect(contentSecurityPolicy({ vaultSource: 'http://127.0.0.1:8123' })).toContain('http://127.0.0.1:8123');
  });
});
