// Blobs on disk, content-addressed: `objects/ab/<sha256>` holds verified bytes only. An upload
// appends to `partial/<sha256>` (a prefix of the blob, whatever the connection did) and becomes
// an object only after its SHA-256 matched: fsync, then an atomic rename. The database row is
// written after the rename, so a row always means a complete file; a crash between the two is
// repaired the next time someone asks for the blob.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../storage/db';

export interface BlobState {
  readonly complete: boolean;
  /** Bytes held: the size when complete, the partial upload's length otherwise. */
  readonly offset: number;
}

export type AppendResult =
  | { readonly kind: 'progress'; readonly offset: number }
  | { readonly kind: 'stored'; readonly size: number }
  | { readonly kind: 'already_stored'; readonly size: number }
  | { readonly kind: 'offset_mismatch'; readonly offset: number }
  | { readonly kind: 'busy' }
  | { readonly kind: 'too_long'; readonly offset: number }
  | { readonly kind: 'hash_mismatch' }
  /** The connection ended before `length` bytes: what arrived is kept for a resume. */
  | { readonly kind: 'interrupted'; readonly offset: number };

const sizeOf = async (file: string): Promise<number | undefined> => {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Passes bytes through until `limit`, then fails: a client may not send more than it declared. */
function limitTo(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new TooLong());
      else done(null, chunk);
    },
  });
}

class TooLong extends Error {}

export class BlobStore {
  /** Uploads in progress in this process; a second concurrent upload of one blob is refused. */
  private readonly uploading = new Set<string>();

  constructor(
    readonly root: string,
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  objectPath(sha256: string): string {
    return path.join(this.root, 'objects', sha256.slice(0, 2), sha256);
  }

  private partialPath(sha256: string): string {
    return path.join(this.root, 'partial', sha256);
  }

  async state(sha256: string): Promise<BlobState> {
    const { rows } = await this.db.query<{ size: number }>('SELECT size FROM blobs WHERE sha256 = $1', [sha256]);
    const known = rows[0]?.size;
    if (known !== undefined) return { complete: true, offset: known };
    const size = await sizeOf(this.objectPath(sha256));
    if (size !== undefined) {
      // Renamed into place, then the process stopped before the row was written.
      await this.record(sha256, size, null);
      return { complete: true, offset: size };
    }
    return { complete: false, offset: (await sizeOf(this.partialPath(sha256))) ?? 0 };
  }

  private async record(sha256: string, size: number, uploadedBy: number | null): Promise<void> {
    await this.db.query('INSERT INTO blobs (sha256, size, stored_at, uploaded_by) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING', [
      sha256,
      size,
      this.clock(),
      uploadedBy,
    ]);
  }

  /**
   * Appends `body` (the bytes from `offset` on) to the upload of `sha256`, whose total size is
   * `length`; completes the blob when the last byte arrives.
   */
  async append(sha256: string, offset: number, length: number, body: Readable, uploadedBy: number): Promise<AppendResult> {
    const before = await this.state(sha256);
    if (before.complete) return { kind: 'already_stored', size: before.offset };
    if (this.uploading.has(sha256)) return { kind: 'busy' };
    if (offset !== before.offset) return { kind: 'offset_mismatch', offset: before.offset };
    this.uploading.add(sha256);
    try {
      return await this.receive(sha256, offset, length, body, uploadedBy);
    } finally {
      this.uploading.delete(sha256);
    }
  }

  private async receive(sha256: string, offset: number, length: number, body: Readable, uploadedBy: number): Promise<AppendResult> {
    const partial = this.partialPath(sha256);
    await mkdir(path.dirname(partial), { recursive: true });
    // Opened before the first byte is read: a stream that opens its file lazily may not have
    // created it yet when an oversized first chunk fails the pipeline, and the truncate below
    // then met no file (a 500 instead of 400, seen in CI).
    const handle = await open(partial, 'a');
    try {
      await pipeline(body, limitTo(length - offset), handle.createWriteStream());
    } catch (error) {
      if (error instanceof TooLong) {
        await truncate(partial, offset);
        return { kind: 'too_long', offset };
      }
      // The connection broke: the bytes written so far stay, as a prefix to resume from.
      return { kind: 'interrupted', offset: (await sizeOf(partial)) ?? 0 };
    }
    const received = (await sizeOf(partial)) ?? 0;
    if (received < length) return { kind: 'progress', offset: received };
    return this.complete(sha256, partial, length, uploadedBy);
  }

  private async complete(sha256: string, partial: string, size: number, uploadedBy: number | null): Promise<AppendResult> {
    await fsyncFile(partial);
    if ((await sha256Of(partial)) !== sha256) {
      // Not the blob it claims to be: start over rather than keep bytes that cannot be right.
      await rm(partial, { force: true });
      return { kind: 'hash_mismatch' };
    }
    const target = this.objectPath(sha256);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(partial, target);
    await fsyncDir(path.dirname(target));
    await this.record(sha256, size, uploadedBy);
    return { kind: 'stored', size };
  }

  /** Stores bytes the server already holds (packet intake); answers their SHA-256. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const state = await this.state(sha256);
    if (state.complete) return sha256;
    const partial = this.partialPath(sha256);
    await mkdir(path.dirname(partial), { recursive: true });
    await rm(partial, { force: true });
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    const result = await this.complete(sha256, partial, bytes.length, null);
    if (result.kind !== 'stored') throw new Error(`Could not store blob ${sha256}: ${result.kind}`);
    return sha256;
  }

  read(sha256: string): Readable {
    return createReadStream(this.objectPath(sha256));
  }
}
