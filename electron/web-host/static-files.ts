// Serves the built renderer (dist/renderer). Only plain files inside that folder are reachable:
// a path is refused before it touches the disk if it could climb out (`..`, encoded or not,
// backslashes, NUL) and again after symlinks are resolved.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { rendererMediaTypeOf, resolveRendererFile } from '../services/security/renderer-files';

/** Media type of a renderer file; one table with Electron's app:// protocol. */
export const contentTypeOf = rendererMediaTypeOf;

/** The file a URL path names inside `root`, or undefined when the path is not one we serve. */
export const resolveStaticPath = resolveRendererFile;

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
