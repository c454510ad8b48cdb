// The blob store on its own, without HTTP: cases whose timing an HTTP test cannot steer.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../storage/db';
import { BlobStore } from './store';

/** No blob is ever recorded: every upload here is refused before it would be. */
const emptyDb: Db = {
  query: () => Promise.resolve({ rows: [] }),
} as unknown as Db;

const digest = (n: number): string => n.toString(16).padStart(64, '0');

describe('BlobStore.append', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verikop-blobs-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('answers too_long, keeping nothing, when the very first chunk is over the declared length', async () => {
    // The first chunk fails the pipeline before a lazily opened file exists; that race made
    // about 1 in 150 such uploads a 500. Many tries make the race all but certain to show.
    const results = new Set<string>();
    for (let i = 0; i < 400; i += 1) {
      const store = new BlobStore(root, emptyDb, () => new Date(0));
      const result = await store.append(digest(i), 0, 5, Readable.from([Buffer.from('0123456789')]), 1);
      results.add(result.kind === 'too_long' ? `too_long@${result.offset}` : result.kind);
    }
    expect([...results]).toEqual(['too_long@0']);
    const partials = await readdir(path.join(root, 'partial'));
    const sizes = await Promise.all(partials.map(async (name) => (await stat(path.join(root, 'partial', name))).size));
    expect(sizes.filter((n) => n !== 0)).toEqual([]);
  });
});
