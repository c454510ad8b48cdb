import { describe, expect, it } from 'vitest';
import { matchPath, pathFromHash } from './router';

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
