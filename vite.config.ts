// Vite builds the renderer: sources in renderer/, output in dist/renderer/, loaded with relative
// URLs (base './') so the same files work from Electron's app:// protocol and the web host.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

// pdf.js loads character maps, standard fonts and the plain-JS image decoders (CCITT, JBIG2,
// JPEG 2000 — WebAssembly is forbidden by our CSP) by file name at run time, so they must sit at
// fixed paths beside the bundle; without them scanned pages render blank with no error.
function pdfjsAssets(): Plugin {
  const source = path.join(here, 'node_modules', 'pdfjs-dist');
  const wanted: readonly (readonly [string, (name: string) => boolean])[] = [
    ['cmaps', () => true],
    ['standard_fonts', () => true],
    ['wasm', (name) => name.endsWith('_nowasm_fallback.js') || name.startsWith('LICENSE')],
  ];
  const files = (): string[] =>
    wanted.flatMap(([dir, keep]) =>
      readdirSync(path.join(source, dir))
        .filter(keep)
        .map((n) => `${dir}/${n}`),
    );
  return {
    name: 'verikop-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        if (!files().includes(name)) {
          next();
          return;
        }
        res.setHeader('content-type', name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(path.join(source, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `pdfjs/${name}`, source: readFileSync(path.join(source, name)) });
      }
    },
  };
}

export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: path.join(here, 'dist', 'renderer'),
    emptyOutDir: true,
    // Source maps would ship our sources inside the installer; debugging uses the dev build.
    sourcemap: false,
    // Both doors run a current Chromium, which preloads modules natively.
    modulePreload: { polyfill: false },
    // The bundle is read from disk (Electron) or loopback (web host), never over a network, so
    // one larger chunk costs nothing; the warning would only be noise.
    chunkSizeWarningLimit: 2048,
  },
});
