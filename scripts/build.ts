// Builds everything that ships or runs: the renderer with Vite, and the Node-side entry points
// (Electron main and preload, the web host, and the sync server for demo mode) with esbuild;
// `npm run server` runs the server from source with tsx. One function so that
// `npm run build`, `npm run web`, `npm start` and the test setup all build the same way.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p: string[]): string => path.join(root, ...p);

interface NodeTarget {
  readonly entry: string;
  readonly outfile: string;
  readonly options: BuildOptions;
}

// Electron main and preload are CommonJS: a sandboxed preload cannot be an ES module, and main
// bundles its dependencies (pkijs and asn1js are ESM-only) so the packaged app needs no
// node_modules. The web host runs from the repository and keeps packages external.
const nodeTargets: readonly NodeTarget[] = [
  { entry: 'electron/main/index.ts', outfile: 'dist/electron/main.cjs', options: { format: 'cjs', external: ['electron'] } },
  { entry: 'electron/preload/index.ts', outfile: 'dist/electron/preload.cjs', options: { format: 'cjs', external: ['electron'] } },
  { entry: 'electron/web-host/index.ts', outfile: 'dist/web-host/index.mjs', options: { format: 'esm', packages: 'external' } },
  // The sync server's CLI, for demo mode: electron/ may not import server/, so the app runs this
  // file as a child process (electron/services/demo/embedded-server.ts). Packages stay external
  // (PGlite finds its wasm beside its own files), so it runs from the repository.
  { entry: 'server/cli/main.ts', outfile: 'dist/server/main.mjs', options: { format: 'esm', packages: 'external' } },
];

export interface BuildOptionsInput {
  /** Print what is built. */
  readonly verbose?: boolean;
}

export async function build(opts: BuildOptionsInput = {}): Promise<void> {
  const log = (msg: string): void => {
    if (opts.verbose === true) console.log(msg);
  };
  await rm(at('dist'), { recursive: true, force: true });
  log('renderer → dist/renderer');
  await viteBuild({ configFile: at('vite.config.ts'), logLevel: opts.verbose === true ? 'info' : 'warn' });
  for (const target of nodeTargets) {
    if (!existsSync(at(target.entry))) {
      throw new Error(`Build entry ${target.entry} is missing`);
    }
    log(`${target.entry} → ${target.outfile}`);
    await esbuild({
      entryPoints: [at(target.entry)],
      outfile: at(target.outfile),
      bundle: true,
      platform: 'node',
      target: 'node20',
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
      ...target.options,
    });
  }
}

/** True when dist holds every output; the quick check before `npm run web` or a test run. */
export function isBuilt(): boolean {
  return existsSync(at('dist/renderer/index.html')) && nodeTargets.every((t) => existsSync(at(t.outfile)));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build({ verbose: true });
  console.log('Build selesai: dist/');
}
