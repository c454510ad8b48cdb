// The Electron tests read dist/. They build it when it is missing or older than the sources
// (`npm test` has built it already), one at a time: vitest runs test files in parallel, and two
// builds would delete each other's output.
import { open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../scripts/build';
import { needsBuild } from '../../scripts/start';

const root = path.resolve(import.meta.dirname, '../..');
const lockFile = path.join(tmpdir(), `verikop-build-${Buffer.from(root).toString('hex').slice(-32)}.lock`);
// A lock older than this belongs to a build that died; builds take seconds.
const staleLockMs = 10 * 60 * 1000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function takeLock(): Promise<() => Promise<void>> {
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > staleLockMs) await rm(lockFile, { force: true });
      else await pause(250);
    }
  }
}

export async function ensureBuilt(): Promise<void> {
  if (!needsBuild(root)) return;
  const release = await takeLock();
  try {
    if (needsBuild(root)) await build();
  } finally {
    await release();
  }
}
