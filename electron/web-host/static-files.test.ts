import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from './static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('serves index.html for / and files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-a1.js')).toBe(path.join(root, 'assets', 'index-a1.js'));
    expect(resolveStaticPath(root, '/assets/n%C3%A4me.png')).toBe(path.join(root, 'assets', 'näme.png'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/./index.html',
    '/.env',
    '/assets//x.js',
    '/assets/',
    '/index.html%00.js',
    '/%E0%A4%A',
    'relative.js',
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeUndefined();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['p.svg', 'image/svg+xml'],
    ['w.wasm', 'application/wasm'],
    ['mystery', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
