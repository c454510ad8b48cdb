import { mkdtemp, mkdir, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Failure } from '../../../common/contract';
import { isPlainName, NamedFileFolder, readAtMost } from './named-files';

const TXT = /\.txt$/i;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verikop-named-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('isPlainName', () => {
  it('accepts one visible segment with an accepted extension only', () => {
    expect(isPlainName('berkas a.TXT', TXT)).toBe(true);
    for (const name of ['', '.rahasia.txt', 'a/b.txt', 'a\\b.txt', 'a\u0001.txt', 'a.pdf', `${'a'.repeat(253)}.txt`]) expect(isPlainName(name, TXT), name).toBe(false);
  });
});

describe('NamedFileFolder', () => {
  it('creates the folder, lists plain regular files sorted, and leaves out links, folders and other names', async () => {
    const folder = new NamedFileFolder(join(dir, 'kotak'), TXT, () => new Failure('x_io', 'folder'));
    expect(await folder.files()).toEqual([]);
    await writeFile(join(folder.dir, 'b.txt'), 'bb');
    await writeFile(join(folder.dir, 'a.txt'), 'a');
    await writeFile(join(folder.dir, 'c.pdf'), 'c');
    await mkdir(join(folder.dir, 'd.txt'));
    await symlink(join(folder.dir, 'a.txt'), join(folder.dir, 'e.txt'));
    expect((await folder.files()).map((f) => [f.name, f.stat.size])).toEqual([['a.txt', 1], ['b.txt', 2]]);
    expect(await folder.names()).toEqual(['a.txt', 'b.txt', 'd.txt', 'e.txt']);
  });

  it('throws the folder failure when the folder cannot be made', async () => {
    await writeFile(join(dir, 'berkas'), 'x');
    const folder = new NamedFileFolder(join(dir, 'berkas', 'kotak'), TXT, () => new Failure('x_io', 'folder rusak'));
    await expect(folder.names()).rejects.toMatchObject({ code: 'x_io' });
  });
});

describe('readAtMost', () => {
  it('reads a file up to the limit and refuses one a byte larger', async () => {
    await writeFile(join(dir, 'a'), Buffer.alloc(10, 7));
    const handle = await open(join(dir, 'a'));
    try {
      expect(Array.from(await readAtMost(handle, 10, () => new Failure('big', 'besar')))).toEqual(Array(10).fill(7));
      await expect(readAtMost(handle, 9, () => new Failure('big', 'besar'))).rejects.toMatchObject({ code: 'big' });
    } finally {
      await handle.close();
    }
  });
});
