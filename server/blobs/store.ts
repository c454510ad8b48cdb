// Blobs on disk, content-addressed: `objects/ab/<sha256>` holds verified bytes only. An upload
// appends to `partial/<sha256>` (a prefix of the blob, whatever the connection did) and becomes
// an object only after its SHA-256 matched: fsync, then an atomic rename. The database row is
// written after the rename, so a row always means a complete file; a crash between the two is
// repaired the next time someone asks for the blob.
//
// The SHA-256 is computed as the bytes are written, not by reading the file back at the end: each
// chunk goes into the hash only after it is on the file, so the hash covers exactly the file's
// bytes. Between requests the running hash is kept in memory with the identity of the file it
// describes (device, inode, size, modification and change times); a request that finds the file
// otherwise — after a restart, another process, or anything done to it meanwhile — hashes the
// prefix from disk first, so a resume never trusts a hash of other bytes.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, type BigIntStats } from 'node:fs';
import { mkdir, open, rename, rm, stat, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Writable, type Readable } from 'node:stream';
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

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Which file, in which state: any write, truncation or replacement changes it. */
const identityOf = (s: BigIntStats): string => [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':');

/** A partial upload's SHA-256 so far, valid while the file still has `identity`. */
interface RunningHash {
  readonly hash: Hash;
  readonly identity: string;
}

/** Partial uploads whose hash is kept between requests; an older one is dropped (and re-read if resumed). */
const MAX_RUNNING_HASHES = 256;
const READ_BACK_BYTES = 1024 * 1024;

class TooLong extends Error {}

/** Writes the whole buffer (a write may take fewer bytes than offered). */
async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length; ) {
    const { bytesWritten } = await handle.write(data, at, data.length - at);
    at += bytesWritten;
  }
}

/**
 * Appends to the partial file and hashes what it wrote, in that order; fails with TooLong rather
 * than write past `limit` bytes (a client may not send more than it declared).
 */
class HashingAppender extends Writable {
  written = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: FileHandle,
    private readonly hash: Hash,
    private readonly limit: number,
  ) {
    // Room for a few socket reads, so they reach the file in one write.
    super({ highWaterMark: 1024 * 1024 });
  }

  override _writev(chunks: { chunk: Buffer }[], done: (error?: Error | null) => void): void {
    const data = chunks.length === 1 && chunks[0] !== undefined ? chunks[0].chunk : Buffer.concat(chunks.map((c) => c.chunk));
    if (this.written + data.length > this.limit) {
      done(new TooLong());
      return;
    }
    this.writing = writeAll(this.handle, data).then(() => {
      this.hash.update(data);
      this.written += data.length;
    });
    this.writing.then(() => { done(); }, done);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this._writev([{ chunk }], done);
  }

  /** Resolves when no write is running: one may outlive a pipeline that failed. */
  settled(): Promise<void> {
    return this.writing.catch(() => undefined);
  }
}

export class BlobStore {
  /** Uploads in progress in this process; a second concurrent upload of one blob is refused. */
  private readonly uploading = new Set<string>();
  private readonly running = new Map<string, RunningHash>();
  /** Bytes read back from partial files to hash a prefix this process had not seen arrive. */
  private readBack = 0;

  constructor(
    readonly root: string,
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  /** Bytes this store has read back from disk to rebuild a running hash (a restart's cost). */
  get bytesReadBack(): number {
    return this.readBack;
  }

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

  /** The SHA-256 state of the file's first `offset` bytes: the one kept, if the file is as it was left, else read from disk. */
  private async prefixHash(sha256: string, handle: FileHandle, offset: number): Promise<Hash> {
    const kept = this.running.get(sha256);
    this.running.delete(sha256);
    const now = await handle.stat({ bigint: true });
    if (kept !== undefined && kept.identity === identityOf(now) && now.size === BigInt(offset)) return kept.hash;
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(Math.min(offset, READ_BACK_BYTES));
    for (let at = 0; at < offset; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, offset - at), at);
      // Shorter than the upload's offset: the next write lands elsewhere and completion refuses it.
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      at += bytesRead;
      this.readBack += bytesRead;
    }
    return hash;
  }

  /** Keeps the hash for the next request, if the file holds exactly the bytes it covers. */
  private async keep(sha256: string, handle: FileHandle, hash: Hash, hashed: number): Promise<void> {
    const now = await handle.stat({ bigint: true });
    if (now.size !== BigInt(hashed)) return;
    this.running.set(sha256, { hash, identity: identityOf(now) });
    for (const oldest of this.running.keys()) {
      if (this.running.size <= MAX_RUNNING_HASHES) break;
      this.running.delete(oldest);
    }
  }

  private async receive(sha256: string, offset: number, length: number, body: Readable, uploadedBy: number): Promise<AppendResult> {
    const partial = this.partialPath(sha256);
    await mkdir(path.dirname(partial), { recursive: true });
    // Opened before the first byte is read: a stream that opens its file lazily may not have
    // created it yet when an oversized first chunk fails the pipeline, and the truncate below
    // then met no file (a 500 instead of 400, seen in CI).
    // Read and append: a prefix this process did not see arrive is hashed from this same file.
    const handle = await open(partial, 'a+');
    try {
      const hash = await this.prefixHash(sha256, handle, offset);
      const appender = new HashingAppender(handle, hash, length - offset);
      try {
        await pipeline(body, appender);
      } catch (error) {
        await appender.settled();
        if (error instanceof TooLong) {
          // The hash has taken this request's first chunks; the next request reads the prefix again.
          await truncate(partial, offset);
          return { kind: 'too_long', offset };
        }
        // The connection broke: the bytes written so far stay, as a prefix to resume from.
        await this.keep(sha256, handle, hash, offset + appender.written);
        return { kind: 'interrupted', offset: (await sizeOf(partial)) ?? 0 };
      }
      const received = offset + appender.written;
      if (received < length) {
        await this.keep(sha256, handle, hash, received);
        return { kind: 'progress', offset: (await sizeOf(partial)) ?? 0 };
      }
      return await this.complete(sha256, partial, handle, length, hash.digest('hex'), uploadedBy);
    } finally {
      await handle.close();
    }
  }

  /**
   * Makes the partial file the blob: `digest` is the SHA-256 of the bytes written to `handle`,
   * which must be the file still at `partial`, holding exactly `size` bytes. The busy guard works
   * within one process only. Across processes sharing a blob store, appends racing each other
   * usually leave another size or hash, refused here, but not always: a request that appends
   * between this check and the rename ends up inside the object, and an over-long request's
   * truncation can make the sizes add up. Scaling out needs a lock shared between processes
   * (docs/sync-protocol.md).
   */
  private async complete(sha256: string, partial: string, handle: FileHandle, size: number, digest: string, uploadedBy: number | null): Promise<AppendResult> {
    await handle.sync();
    const [written, atPath] = await Promise.all([handle.stat({ bigint: true }), stat(partial, { bigint: true })]);
    if (digest !== sha256 || written.size !== BigInt(size) || written.ino !== atPath.ino || written.dev !== atPath.dev) {
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
    this.running.delete(sha256);
    const handle = await open(partial, 'w');
    let result: AppendResult;
    try {
      await handle.writeFile(bytes);
      // The digest is of the very bytes just written.
      result = await this.complete(sha256, partial, handle, bytes.length, sha256, null);
    } finally {
      await handle.close();
    }
    if (result.kind !== 'stored') throw new Error(`Could not store blob ${sha256}: ${result.kind}`);
    return sha256;
  }

  read(sha256: string): Readable {
    return createReadStream(this.objectPath(sha256));
  }
}
