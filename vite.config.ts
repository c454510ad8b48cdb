// Vite builds the renderer: sources in renderer/, output in dist/renderer/, loaded with relative
// URLs (base './') so the same files work from Electron's app:// protocol and the web host.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
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
