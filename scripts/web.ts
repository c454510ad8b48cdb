// `npm run web [-- --port N --data-dir DIR]`: builds when dist/ is missing or older than the
// sources, then runs the web host in this process; it prints the URL to open and stops on Ctrl+C.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, isBuilt } from './build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const webHostEntry = path.join(root, 'dist', 'web-host', 'index.mjs');

// Everything scripts/build.ts turns into dist/. Tests are left out: they change no output.
const sourceDirs = ['renderer', 'common', 'electron', 'server'];
const sourceFiles = ['vite.config.ts', 'scripts/build.ts', 'package.json'];
const builtFiles = ['dist/renderer/index.html', webHostEntry];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a source file changed after the last build, so dist/ would run old code. */
export function isStale(): boolean {
  const sources = Math.max(
    ...sourceDirs.map((d) => newestMtime(path.join(root, d))),
    ...sourceFiles.map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  const built = Math.min(...builtFiles.map((f) => statSync(path.resolve(root, f)).mtimeMs));
  return sources > built;
}

/** Builds unless dist/ is complete and newer than every source. */
export async function ensureBuilt(): Promise<void> {
  if (isBuilt() && !isStale()) return;
  console.log('Membangun aplikasi (dist/)…');
  await build();
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureBuilt();
  // The host reads its flags from process.argv, which still holds ours; it prints its URL.
  await import(pathToFileURL(webHostEntry).href);
}
