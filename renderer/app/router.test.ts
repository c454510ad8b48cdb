import { describe, expect, it } from 'vitest';
import { leaveBareAddress, matchPath, pathFromHash } from './router';

describe('matchPath', () => {
  it.each([
    ['/tentang', '/tentang', {}],
    ['/tentang', '/tentang/', {}],
    ['/berkas/:id', '/berkas/KCP-2026-017', { id: 'KCP-2026-017' }],
    ['/berkas/:id/temuan/:req', '/berkas/7/temuan/R3', { id: '7', req: 'R3' }],
    ['/berkas/:id', '/berkas/a%20b', { id: 'a b' }],
  ])('%s matches %s', (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ['/tentang', '/tentangx'],
    ['/tentang', '/'],
    ['/berkas/:id', '/berkas'],
    ['/berkas/:id', '/berkas/1/2'],
    ['/berkas/:id', '/berkas/%E0%A4%A'],
  ])('%s does not match %s', (pattern, path) => {
    expect(matchPath(pattern, path)).toBeUndefined();
  });
});

describe('pathFromHash', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/tentang', '/tentang'],
    ['#tentang', '/tentang'],
    ['#/berkas/1?tab=foto', '/berkas/1'],
  ])('%j → %s', (hash, path) => {
    expect(pathFromHash(hash)).toBe(path);
  });
});

describe('leaveBareAddress', () => {
  const at = (hash: string) => {
    const replaced: string[] = [];
    return { location: { hash, replace: (url: string | URL) => void replaced.push(String(url)) }, replaced };
  };

  it.each(['', '#', '#/'])('sends %j on to the home screen, replacing it', (hash) => {
    const { location, replaced } = at(hash);
    leaveBareAddress('/kotak-masuk', location);
    expect(replaced).toEqual(['#/kotak-masuk']);
  });

  it('leaves an address that was set after the render alone', () => {
    // The render saw '/', but the address is '#/impor' by the time the effect runs.
    const { location, replaced } = at('#/impor');
    leaveBareAddress('/kotak-masuk', location);
    expect(replaced).toEqual([]);
  });
});
