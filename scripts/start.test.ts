import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsBuild } from './start';

let dir: string;
const at = (rel: string): string => path.join(dir, rel);
async function file(rel: string, secondsSinceEpoch: number): Promise<void> {
  await mkdir(path.dirname(at(rel)), { recursive: true });
  await writeFile(at(rel), 'x');
  await utimes(at(rel), secondsSinceEpoch, secondsSinceEpoch);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verikop-start-'));
  await file('electron/main/index.ts', 1000);
  await file('renderer/main.tsx', 1000);
  await file('package.json', 1000);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const buildOutputs = async (seconds: number): Promise<void> => {
  for (const o of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/server/main.mjs']) await file(o, seconds);
};

describe('needsBuild', () => {
  it('builds when an output is missing', async () => {
    expect(needsBuild(dir)).toBe(true);
    await buildOutputs(2000);
    await rm(at('dist/electron/preload.cjs'));
    expect(needsBuild(dir)).toBe(true);
  });

  it('does not rebuild when every output is newer than every source', async () => {
    await buildOutputs(2000);
    expect(needsBuild(dir)).toBe(false);
  });

  it('rebuilds when a source changed after the build', async () => {
    await buildOutputs(2000);
    await file('renderer/app/Shell.tsx', 3000);
    expect(needsBuild(dir)).toBe(true);
  });
});
