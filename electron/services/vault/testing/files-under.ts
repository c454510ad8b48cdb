// For the vault's tests: what a folder holds, to compare a vault before and after.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (relative paths, sorted); none when the folder does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
