// `npm start`: launches the desktop app. Downloads Electron's runtime on first use (npm 11 does
// not run electron's postinstall), builds when dist/ is missing or older than the sources, then
// runs Electron on the project (package.json main → dist/electron/main.cjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What Electron loads; if any is missing or older than a source, the build runs first. */
const outputs = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/server/main.mjs'];
const sources = ['common', 'electron', 'renderer', 'server', 'vite.config.ts', 'package.json'];

function newestMtime(at: string): number {
  if (!existsSync(at)) return 0;
  const stat = statSync(at);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  // Files only: a folder's time changes when anything is added, built or not.
  for (const entry of readdirSync(at, { recursive: true, encoding: 'utf8' })) {
    const entryStat = statSync(path.join(at, entry));
    if (entryStat.isFile()) newest = Math.max(newest, entryStat.mtimeMs);
  }
  return newest;
}

export function needsBuild(projectRoot: string): boolean {
  const built = outputs.map((o) => path.join(projectRoot, o));
  if (!built.every((o) => existsSync(o))) return true;
  const oldestOutput = Math.min(...built.map((o) => statSync(o).mtimeMs));
  return sources.some((s) => newestMtime(path.join(projectRoot, s)) > oldestOutput);
}

/** Path of the Electron executable, downloading the runtime first when it is absent. */
function ensureElectron(): string {
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(electronDir, 'path.txt'))) {
    console.log('Runtime Electron belum ada; mengunduh sekali (butuh koneksi internet)…');
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // the person asked to run the app: the download is wanted
    const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, stdio: 'inherit', env });
    if (install.status !== 0 || !existsSync(path.join(electronDir, 'path.txt'))) {
      throw new Error('Runtime Electron tidak dapat diunduh. Periksa koneksi internet, lalu jalankan `npm start` lagi.');
    }
  }
  return createRequire(import.meta.url)('electron') as string;
}

async function main(): Promise<void> {
  const electron = ensureElectron();
  if (needsBuild(root)) {
    console.log('Membangun aplikasi…');
    await build({ verbose: true });
  }
  // Chromium will not start its OS sandbox as root (containers, some VMs).
  const args = process.getuid?.() === 0 ? ['--no-sandbox', root] : [root];
  const child = spawn(electron, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === null ? 0 : 1));
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
