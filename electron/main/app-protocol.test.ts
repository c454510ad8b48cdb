import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mediaTypeOf, resolveAppAsset } from './app-protocol';

const root = path.resolve('/opt/verikop/resources/app.asar/dist/renderer');
const at = (rel: string): string => path.join(root, rel);

describe('resolveAppAsset', () => {
  it.each([
    ['app://verikop/', 'index.html'],
    ['app://verikop/index.html', 'index.html'],
    ['app://verikop/assets/index-4f2a.js', 'assets/index-4f2a.js'],
    ['app://verikop/assets/pdf.worker.min.mjs?v=6', 'assets/pdf.worker.min.mjs'],
    ['app://verikop/fonts/Noto%20Sans.woff2', 'fonts/Noto Sans.woff2'],
    ['app://verikop/index.html#/berkas/42', 'index.html'],
    ['app://verikop/assets', 'assets'],
  ])('%s → %s', (url, rel) => {
    expect(resolveAppAsset(root, url)).toMatchObject({ kind: 'file', file: at(rel) });
  });

  it('lets dot segments collapse inside the folder only (the URL parser removes them first)', () => {
    expect(resolveAppAsset(root, 'app://verikop/%2e%2e/%2e%2e/etc/passwd.txt')).toMatchObject({ kind: 'file', file: at('etc/passwd.txt') });
    expect(resolveAppAsset(root, 'app://verikop/assets/../../../main.cjs')).toMatchObject({ kind: 'file', file: at('main.cjs') });
  });

  it.each([
    'app://verikop/assets/%2e%2e%2f%2e%2e%2fmain.cjs',
    'app://verikop/assets/..%2F..%2Felectron%2Fmain.cjs',
    'app://verikop/assets/..%5C..%5Cmain.cjs',
    'app://verikop/assets/a%00.js',
    'app://verikop/C:%5Cwindows%5Cwin.ini',
    'app://verikop/assets/%E0%A4%A.js',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toMatchObject({ kind: 'refused' });
  });

  it('answers 404 for other hosts and schemes, 400 for garbage', () => {
    expect(resolveAppAsset(root, 'app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppAsset(root, 'nonsense')).toEqual({ kind: 'refused', status: 400 });
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '%2f', '%5c', '..%2f', 'assets', 'index.html', ''),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const asset = resolveAppAsset(root, `app://verikop/${segments.join('/')}`);
        if (asset.kind === 'file') expect(asset.file.startsWith(root + path.sep)).toBe(true);
      }),
    );
  });
});

describe('mediaTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['openjpeg.wasm', 'application/wasm'],
    ['cmaps/UniJIS-UCS2-H.bcmap', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mediaTypeOf(file)).toBe(type);
  });
});
