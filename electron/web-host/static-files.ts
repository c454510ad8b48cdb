// Serves the built renderer (dist/renderer). Only plain files inside that folder are reachable:
// a path is refused before it touches the disk if it could climb out (`..`, encoded or not,
// backslashes, NUL) and again after symlinks are resolved.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export const contentTypeOf = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file a URL path names inside `root`, or undefined when the path is not one we serve.
 * Segments are checked after decoding, so `%2e%2e` and `%2f` cannot sneak a `..` through; dot
 * segments and dotfiles are refused outright rather than normalised away.
 */
export function resolveStaticPath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.slice(1).split('/');
  if (decoded === '/') return path.join(root, 'index.html');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return undefined;
  const file = path.join(root, ...segments);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** Answers a GET/HEAD for a static file; false when there is no such file (caller sends 404). */
export async function serveStaticFile(
  root: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const candidate = resolveStaticPath(root, pathname);
  if (candidate === undefined) return false;
  let file: string;
  let size: number;
  try {
    file = await realpath(candidate);
    const info = await stat(file);
    if (!file.startsWith((await realpath(root)) + path.sep) || !info.isFile()) return false;
    size = info.size;
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': String(size),
    // Vite names assets by content hash, but index.html must always be fetched fresh.
    'cache-control': path.basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await pipeline(createReadStream(file), res);
  return true;
}
