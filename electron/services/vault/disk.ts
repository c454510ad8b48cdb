// The vault's on-disk layout and its careful writes; vault.ts holds the rules on top of it.
//
//   <root>/ab/cd/<sha256>        the bytes
//   <root>/ab/cd/<sha256>.json   sidecar: {"mediaType": "..."}
//   <root>/tmp/                  files being written (same file system, so rename is atomic)
//
// Every file-system fault passes through `io`, which turns the expected ones (full disk,
// read-only, unreadable) into VaultFailures.
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { rethrowAsVaultFailure, VaultFailure, vaultMessages } from './errors';
import { contradictsContent, isVaultMediaType, SNIFF_BYTES, type VaultMediaType } from './media-types';
import type { VaultFs, VaultStat } from './vault-fs';

/**
 * The bytes of one file: a buffer, a list of buffers that are the file one after the other (a
 * signed PDF is its input and the increment: stored without joining them into a new buffer), or
 * a stream of chunks.
 */
export type VaultSource = Uint8Array | readonly Uint8Array[] | AsyncIterable<Uint8Array>;

export interface StageOptions {
  readonly mediaType: VaultMediaType;
  readonly maxBytes?: number;
  readonly expectedSha256?: string;
}

export interface Staged {
  readonly tmp: string;
  readonly sha256: string;
  readonly size: number;
}

const SHARD = /^[0-9a-f]{2}$/;

async function* chunksOf(source: VaultSource): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source; // a list or a stream, in order
}

export class VaultDisk {
  constructor(
    readonly root: string,
    readonly fs: VaultFs,
  ) {}

  get tmpDir(): string {
    return join(this.root, 'tmp');
  }

  shardDir(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4));
  }

  blobPath(sha256: string): string {
    return join(this.shardDir(sha256), sha256);
  }

  metaPath(sha256: string): string {
    return `${this.blobPath(sha256)}.json`;
  }

  /** Runs a file-system step, turning expected faults into vault Failures. */
  async io<T>(action: 'read' | 'write', step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      return rethrowAsVaultFailure(error, this.root, action);
    }
  }

  lstat(path: string): Promise<VaultStat | undefined> {
    return this.io('read', () => this.fs.lstat(path));
  }

  unlink(path: string): Promise<void> {
    return this.io('write', () => this.fs.unlink(path));
  }

  /**
   * Writes the source to a temporary file, chunk after chunk, hashing across the chunks as it
   * goes (the address is the hash of exactly what was written), and fsyncs it. Errors of the
   * source itself pass through unchanged; on any failure the temporary file is removed.
   */
  async stage(source: VaultSource, options: StageOptions): Promise<Staged> {
    await this.io('write', () => this.fs.mkdirp(this.tmpDir));
    const tmp = join(this.tmpDir, `${randomUUID()}.part`);
    const handle = await this.io('write', () => this.fs.createExclusive(tmp));
    const hash = createHash('sha256');
    const head: number[] = [];
    let size = 0;
    let open = true;
    try {
      for await (const chunk of chunksOf(source)) {
        size += chunk.byteLength;
        if (options.maxBytes !== undefined && size > options.maxBytes) {
          throw new VaultFailure('vault_too_large', vaultMessages.tooLarge(options.maxBytes));
        }
        if (head.length < SNIFF_BYTES) head.push(...chunk.subarray(0, SNIFF_BYTES - head.length));
        hash.update(chunk);
        await this.io('write', () => handle.write(chunk));
      }
      await this.io('write', () => handle.sync());
      open = false;
      await this.io('write', () => handle.close());
      const sha256 = hash.digest('hex');
      if (options.expectedSha256 !== undefined && options.expectedSha256 !== sha256) {
        throw new VaultFailure('vault_hash_mismatch', vaultMessages.hashMismatch(options.expectedSha256, sha256));
      }
      if (contradictsContent(options.mediaType, Uint8Array.from(head))) {
        throw new VaultFailure('vault_media_type', vaultMessages.mediaType(options.mediaType));
      }
      return { tmp, sha256, size };
    } catch (error) {
      if (open) await handle.close().catch(() => undefined);
      await this.fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  /** Writes the sidecar atomically (temporary file, fsync, rename); `put` staged its bytes in tmp/ before. */
  async writeMeta(sha256: string, mediaType: VaultMediaType): Promise<void> {
    await this.placeMeta(await this.stageMeta(mediaType, true), sha256);
  }

  /** A fsynced temporary file holding the sidecar for `mediaType`, to be placed by `placeMeta`. */
  stageMeta(mediaType: VaultMediaType, tmpDirReady = false): Promise<string> {
    return this.writeTemporary(new TextEncoder().encode(JSON.stringify({ mediaType })), 'meta', tmpDirReady);
  }

  /** Creates tmp/ when it is missing (cleanup removes only the files in it, never the folder). */
  async ensureTmpDir(): Promise<void> {
    await this.io('write', () => this.fs.mkdirp(this.tmpDir));
  }

  /** Renames a staged sidecar into place; on failure the temporary file is removed. */
  async placeMeta(tmp: string, sha256: string): Promise<void> {
    try {
      await this.io('write', () => this.fs.rename(tmp, this.metaPath(sha256)));
    } catch (error) {
      await this.fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Writes bytes to a new temporary file and fsyncs it, without hashing them (the caller holds
   * their verified hash). On any failure the temporary file is removed.
   */
  async writeTemporary(bytes: Uint8Array, kind: 'part' | 'meta', tmpDirReady = false): Promise<string> {
    if (!tmpDirReady) await this.ensureTmpDir();
    const tmp = join(this.tmpDir, `${randomUUID()}.${kind}`);
    const handle = await this.io('write', () => this.fs.createExclusive(tmp));
    let open = true;
    try {
      await this.io('write', () => handle.write(bytes));
      await this.io('write', () => handle.sync());
      open = false;
      await this.io('write', () => handle.close());
      return tmp;
    } catch (error) {
      if (open) await handle.close().catch(() => undefined);
      await this.fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  /** The media type in the sidecar, or undefined when it is missing or damaged. */
  async storedMediaType(sha256: string): Promise<VaultMediaType | undefined> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(await this.fs.readFile(this.metaPath(sha256))));
    } catch {
      return undefined;
    }
    const mediaType = typeof parsed === 'object' && parsed !== null && 'mediaType' in parsed ? parsed.mediaType : undefined;
    return typeof mediaType === 'string' && isVaultMediaType(mediaType) ? mediaType : undefined;
  }

  /** Every shard folder `ab/cd` with its sorted entries; none when the vault does not exist yet. */
  async shards(): Promise<{ dir: string; names: string[] }[]> {
    const rootStat = await this.io('read', () => this.fs.lstat(this.root));
    if (rootStat === undefined) return [];
    if (!rootStat.isDirectory) throw new VaultFailure('vault_unavailable', vaultMessages.unavailable(this.root));
    const shards: { dir: string; names: string[] }[] = [];
    for (const first of await this.#subfolders(this.root)) {
      for (const dir of await this.#subfolders(first)) {
        shards.push({ dir, names: (await this.io('read', () => this.fs.readdir(dir))).sort() });
      }
    }
    return shards;
  }

  /** Removes a shard folder and its parent when they are empty. */
  async pruneShard(dir: string): Promise<void> {
    if (await this.io('write', () => this.fs.rmdirIfEmpty(dir))) {
      await this.io('write', () => this.fs.rmdirIfEmpty(join(dir, '..')));
    }
  }

  /** Removes temporary files last changed at or before `cutoff` (left by interrupted writes). */
  async removeStaleTemporaries(cutoff: number): Promise<void> {
    if ((await this.io('read', () => this.fs.lstat(this.tmpDir)))?.isDirectory !== true) return;
    for (const name of await this.io('read', () => this.fs.readdir(this.tmpDir))) {
      const path = join(this.tmpDir, name);
      const stat = await this.io('read', () => this.fs.lstat(path));
      if (stat?.isFile === true && stat.mtimeMs <= cutoff) await this.io('write', () => this.fs.unlink(path));
    }
  }

  async #subfolders(dir: string): Promise<string[]> {
    const folders: string[] = [];
    for (const name of (await this.io('read', () => this.fs.readdir(dir))).filter((n) => SHARD.test(n)).sort()) {
      const path = join(dir, name);
      if ((await this.io('read', () => this.fs.lstat(path)))?.isDirectory === true) folders.push(path);
    }
    return folders;
  }
}
