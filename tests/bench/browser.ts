// Chromium for the browser benchmarks: the Debian build through playwright-core, bench pages
// bundled with esbuild and served from 127.0.0.1 (IndexedDB is refused on about:blank), and the
// Chromium version for the results file.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { benchDir, repoRoot } from './lib';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export function browserVersion(): Promise<string> {
  try {
    return Promise.resolve(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim());
  } catch {
    return Promise.resolve('Chromium not found');
  }
}

/** Bundles tests/bench/pages/<name>.ts for the browser into `outDir/<name>.js`. */
export async function bundlePage(name: string, outDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(benchDir, 'pages', `${name}.ts`)],
    outfile: path.join(outDir, `${name}.js`),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.pdf': 'application/pdf' };

export interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `/` as a page that loads `/<script>.js` (query `?s=name`), files of `dir`, and the
 * pdf.js worker at `/pdf.worker.min.mjs`, on a free loopback port.
 */
export async function servePages(dir: string): Promise<PageServer> {
  const worker = path.join(repoRoot, 'node_modules', 'pdfjs-dist', 'build', 'pdf.worker.min.mjs');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      const script = (url.searchParams.get('s') ?? '').replace(/[^a-z-]/g, '');
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(`<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="/${script}.js"></script></body>`);
      return;
    }
    const name = path.basename(url.pathname);
    const file = name === 'pdf.worker.min.mjs' ? worker : path.join(dir, name);
    stat(file).then(
      (s) => {
        res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': s.size });
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise((resolve) => server.close(() => { resolve(); })),
  };
}
