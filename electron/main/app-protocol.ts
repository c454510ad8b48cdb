// Maps `app://verikop/<path>` to a file of the built renderer. Pure (paths and strings only) so
// the traversal rules are unit-tested; protocols.ts does the reading.
import path from 'node:path';
import { appHost, appScheme } from './security-policy';

export type AppAsset =
  | { readonly kind: 'file'; readonly file: string; readonly mediaType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404 };

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
  // pdf.js character maps and standard fonts: binary data the viewer fetches.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

export const mediaTypeOf = (file: string): string =>
  mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

// A segment that could climb out of the folder, name a device, or smuggle a separator is refused
// outright rather than normalised: a legitimate asset URL never contains one.
const isSafeSegment = (segment: string): boolean =>
  segment !== '.' && segment !== '..' && !/[\\/\0:]/.test(segment);

function decodedSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!isSafeSegment(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * Resolves a request URL to a file under `root`; the bare origin gets index.html. The renderer
 * routes by hash, so no other path needs a fallback. Anything that would leave `root` is refused.
 */
export function resolveAppAsset(root: string, requestUrl: string): AppAsset {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { kind: 'refused', status: 404 };
  const segments = decodedSegments(url.pathname);
  if (segments === undefined) return { kind: 'refused', status: 403 };
  const relative = segments.filter((s) => s !== '').join('/');
  const file = path.resolve(root, relative === '' ? 'index.html' : relative);
  // Belt and braces: even after the segment checks, the result must lie inside root.
  if (!file.startsWith(path.resolve(root) + path.sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', file, mediaType: mediaTypeOf(file) };
}
