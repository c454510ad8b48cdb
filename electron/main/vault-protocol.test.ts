import { describe, expect, it } from 'vitest';
import { parseVaultUrl, vaultHeaders } from './vault-protocol';

const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('parseVaultUrl', () => {
  it('reads the hash from the URL the bridge hands out', () => {
    expect(parseVaultUrl(`verikop-vault://blob/${sha}`)).toBe(sha);
  });

  it('ignores a fragment (the renderer may point pdf.js at a page)', () => {
    expect(parseVaultUrl(`verikop-vault://blob/${sha}#page=2`)).toBe(sha);
  });

  it('sees only the canonical name after the URL parser removes dot segments', () => {
    expect(parseVaultUrl(`verikop-vault://blob/../${sha}`)).toBe(sha);
    expect(parseVaultUrl(`verikop-vault://blob/x/../../${sha}`)).toBe(sha);
  });

  it.each([
    ['upper-case hex', `verikop-vault://blob/${sha.toUpperCase()}`],
    ['63 digits', `verikop-vault://blob/${sha.slice(1)}`],
    ['65 digits', `verikop-vault://blob/${sha}0`],
    ['non-hex', `verikop-vault://blob/${'g'.repeat(64)}`],
    ['extra segment', `verikop-vault://blob/${sha}/x`],
    ['nested', `verikop-vault://blob/ab/${sha}`],
    ['encoded slash', `verikop-vault://blob/%2F${sha}`],
    ['query', `verikop-vault://blob/${sha}?download=1`],
    ['other host', `verikop-vault://files/${sha}`],
    ['user info', `verikop-vault://x@blob/${sha}`],
    ['port', `verikop-vault://blob:1/${sha}`],
    ['other scheme', `app://blob/${sha}`],
    ['no hash', 'verikop-vault://blob/'],
    ['garbage', 'verikop-vault:'],
  ])('refuses %s', (_why, url) => {
    expect(parseVaultUrl(url)).toBeUndefined();
  });
});

describe('vaultHeaders', () => {
  it('sends the stored type, inert and only to the app', () => {
    expect(vaultHeaders('application/pdf')).toMatchObject({
      'Content-Type': 'application/pdf',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': 'app://verikop',
    });
  });

  it.each(['text/html\r\nSet-Cookie: a=b', 'image/jpeg; charset=x', '', 'nonsense'])(
    'sends opaque bytes for a suspicious type %j',
    (type) => {
      expect(vaultHeaders(type)['Content-Type']).toBe('application/octet-stream');
    },
  );
});
