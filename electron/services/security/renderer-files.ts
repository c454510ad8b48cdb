// Which file of the built renderer a URL path names, and its media type. Electron's app://
// protocol and the web host both serve dist/renderer; one rule set means one place to get
// traversal right. Pure: paths and strings only, the callers do the reading.
import path from 'node:path';

const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // pdf.js character maps and standard fonts: binary data the viewer fetches.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

export const rendererMediaTypeOf = (file: string): string =>
  mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

// A segment that could climb out of the folder, name a device or a dotfile, or smuggle a
// separator is refused outright rather than normalised: a built asset's URL never holds one.
// Segments are checked after decoding, so `%2e%2e` and `%2f` cannot sneak a `..` through.
const isSafeSegment = (segment: string): boolean => segment !== '' && !segment.startsWith('.') && !/[\\/\0:]/.test(segment);

/**
 * The file under `root` that an (encoded) URL path names — `/` is index.html — or undefined
 * when the path is not one we serve.
 */
export function resolveRendererFile(root: string, pathname: string): string | undefined {
  const base = path.resolve(root);
  if (pathname === '/') return path.join(base, 'index.html');
  if (!pathname.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!isSafeSegment(segment)) return undefined;
    segments.push(segment);
  }
  const file = path.join(base, ...segments);
  // Belt and braces: even after the segment checks, the result must lie inside root.
  return file.startsWith(base + path.sep) ? file : undefined;
}
