// Content-addressed store of bytes under `<dataDir>/vault/`: a file's name is its SHA-256, in
// sharded folders `ab/cd/<sha>`, with its media type in a sidecar `<sha>.json` (layout: disk.ts).
//
// Durability: bytes go to `tmp/` (same file system, so the final rename is atomic), are fsynced,
// then renamed into place and the folder is fsynced. The sidecar is written the same way and
// BEFORE the blob, so "a blob exists" always implies "its media type is known"; a crash can
// leave only a temporary file or a sidecar without blob, both of which cleanup removes. A reader
// therefore sees a whole file or none, never a half-written one.
//
// Integrity: every read hashes the bytes again; a mismatch is a `vault_corrupt` failure, never
// wrong bytes handed to a viewer or a signer.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { VaultBatch } from './batch';
import { VaultDisk, type Staged, type VaultSource } from './disk';
import { VaultFailure, vaultMessages } from './errors';
import { isVaultMediaType, type VaultMediaType } from './media-types';
import { nodeVaultFs, type VaultFs } from './vault-fs';

export type { BatchResult, VaultBatch } from './batch';
export type { VaultSource } from './disk';

export interface VaultEntry {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: VaultMediaType;
}

export interface PutResult extends VaultEntry {
  /** False when the vault already held these bytes (deduplicated). */
  readonly created: boolean;
}

export interface PutOptions {
  readonly mediaType: VaultMediaType;
  /** Refuse (and store nothing) when the source yields more bytes than this. */
  readonly maxBytes?: number;
  /** Refuse (and store nothing) when the bytes do not hash to this. */
  readonly expectedSha256?: string;
}

export interface VaultReadResult {
  readonly bytes: Uint8Array;
  readonly mediaType: VaultMediaType;
}

/**
 * What the Electron vault protocol and the web host need: the verified bytes and their type, or
 * undefined when there is no such file (including a malformed hash). A corrupt or unreadable
 * file rejects with a VaultFailure, which the host answers as a server error.
 */
export type VaultReader = (sha256: string) => Promise<VaultReadResult | undefined>;

export interface VaultOptions {
  readonly fs?: VaultFs;
  /** Clock for the cleanup grace period (milliseconds since the epoch). */
  readonly now?: () => number;
}

export interface CleanupResult {
  readonly removed: readonly string[];
  readonly freedBytes: number;
}

const SHA256 = /^[0-9a-f]{64}$/;
const DEFAULT_MEDIA_TYPE: VaultMediaType = 'application/octet-stream';
/** Files younger than this survive cleanup: an import may have stored them a moment ago. */
export const DEFAULT_CLEANUP_GRACE_MS = 60 * 60 * 1000;

export const isSha256 = (value: string): boolean => SHA256.test(value);

export class Vault {
  readonly #disk: VaultDisk;
  readonly #now: () => number;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly root: string,
    options: VaultOptions = {},
  ) {
    this.#disk = new VaultDisk(root, options.fs ?? nodeVaultFs);
    this.#now = options.now ?? Date.now;
  }

  static forDataDir(dataDir: string, options: VaultOptions = {}): Vault {
    return new Vault(join(dataDir, 'vault'), options);
  }

  /**
   * Stores bytes and answers their hash; storing the same bytes again changes nothing. A list of
   * buffers is stored as their concatenation (written one after the other, hashed across them),
   * without joining them in memory.
   */
  async put(source: VaultSource, options: PutOptions): Promise<PutResult> {
    if (!isVaultMediaType(options.mediaType)) throw new VaultFailure('vault_media_type', vaultMessages.mediaType(options.mediaType));
    const staged = await this.#disk.stage(source, options);
    return this.#serial(() => this.#commit(staged, options.mediaType));
  }

  /**
   * Several files stored all or none, made durable with one fsync per folder for the whole batch,
   * and not hashed again: it takes only bytes hashed in this process (verified.ts). For the packet
   * importer; a single file from anywhere else goes through `put`, which hashes what it stores.
   */
  batch(): VaultBatch {
    return new VaultBatch(this.#disk, (task) => this.#serial(task));
  }

  /** The verified bytes, or undefined when the vault has no such file. */
  async get(sha256: string): Promise<VaultReadResult | undefined> {
    if (!isSha256(sha256)) return undefined;
    const blob = this.#disk.blobPath(sha256);
    const stat = await this.#disk.lstat(blob);
    if (stat === undefined) return undefined;
    if (!stat.isFile) throw new VaultFailure('vault_unreadable', vaultMessages.unreadable(this.root));
    const bytes = await this.#disk.io('read', () => this.#disk.fs.readFile(blob));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw new VaultFailure('vault_corrupt', vaultMessages.corrupt(sha256));
    }
    return { bytes, mediaType: await this.#readMediaType(sha256) };
  }

  /** Like `get`, but a missing file is a `vault_not_found` failure. */
  async read(sha256: string): Promise<VaultReadResult> {
    const found = await this.get(sha256);
    if (found === undefined) throw new VaultFailure('vault_not_found', vaultMessages.notFound(sha256));
    return found;
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    const stat = await this.#disk.lstat(this.#disk.blobPath(sha256));
    return stat?.isFile === true;
  }

  /** Every stored file, sorted by hash. Sizes come from the file system, not a re-hash. */
  async list(): Promise<VaultEntry[]> {
    const entries: VaultEntry[] = [];
    for (const { dir, names } of await this.#disk.shards()) {
      for (const name of names.filter(isSha256)) {
        const stat = await this.#disk.lstat(join(dir, name));
        if (stat?.isFile !== true) continue;
        entries.push({ sha256: name, size: stat.size, mediaType: await this.#readMediaType(name) });
      }
    }
    return entries.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  }

  /** Removes one file (blob, then its sidecar, then its folders if empty); true when it was there. */
  remove(sha256: string): Promise<boolean> {
    return this.#serial(async () => {
      if (!(await this.has(sha256))) return false;
      await this.#disk.unlink(this.#disk.blobPath(sha256));
      await this.#disk.unlink(this.#disk.metaPath(sha256));
      await this.#disk.pruneShard(this.#disk.shardDir(sha256));
      return true;
    });
  }

  /**
   * Removes every file not in `referenced` and older than the grace period, plus leftovers of
   * interrupted writes (temporary files, sidecars without blob). Runs only when asked: the
   * renderer owns the records and so is the only one who knows what is referenced.
   */
  removeUnreferenced(referenced: Iterable<string>, options: { graceMs?: number } = {}): Promise<CleanupResult> {
    const keep = new Set(referenced);
    const cutoff = this.#now() - (options.graceMs ?? DEFAULT_CLEANUP_GRACE_MS);
    return this.#serial(async () => {
      const removed: string[] = [];
      let freedBytes = 0;
      for (const { dir, names } of await this.#disk.shards()) {
        const present = new Set(names);
        for (const name of names) {
          const sha = name.endsWith('.json') ? name.slice(0, -5) : name;
          if (!isSha256(sha) || keep.has(sha)) continue;
          const isBlob = sha === name;
          if (!isBlob && present.has(sha)) continue; // the sidecar goes with its blob
          const stat = await this.#disk.lstat(join(dir, name));
          if (stat === undefined || stat.mtimeMs > cutoff) continue;
          await this.#disk.unlink(join(dir, name));
          if (isBlob) {
            await this.#disk.unlink(`${join(dir, name)}.json`);
            removed.push(sha);
            freedBytes += stat.size;
          }
        }
        await this.#disk.pruneShard(dir);
      }
      await this.#disk.removeStaleTemporaries(cutoff);
      return { removed: removed.sort(), freedBytes };
    });
  }

  /** The read function handed to the vault protocol (Electron) or the web host. */
  reader(): VaultReader {
    return (sha256) => this.get(sha256);
  }

  async #commit(staged: Staged, mediaType: VaultMediaType): Promise<PutResult> {
    const { tmp, sha256, size } = staged;
    const blob = this.#disk.blobPath(sha256);
    try {
      const existing = await this.#disk.lstat(blob);
      if (existing?.isFile === true) {
        await this.#disk.unlink(tmp);
        // Freshen the file so a cleanup running right after this import keeps it.
        await this.#disk.io('write', () => this.#disk.fs.touch(blob));
        const stored = await this.#disk.storedMediaType(sha256);
        if (stored === undefined) await this.#disk.writeMeta(sha256, mediaType);
        return { sha256, size: existing.size, mediaType: stored ?? mediaType, created: false };
      }
      const shard = this.#disk.shardDir(sha256);
      const createdDirs = await this.#disk.io('write', () => this.#disk.fs.mkdirp(shard));
      await this.#disk.writeMeta(sha256, mediaType);
      await this.#disk.io('write', () => this.#disk.fs.rename(tmp, blob));
      await this.#disk.io('write', () => this.#disk.fs.syncDir(shard));
      if (createdDirs) {
        await this.#disk.io('write', () => this.#disk.fs.syncDir(join(shard, '..')));
        await this.#disk.io('write', () => this.#disk.fs.syncDir(this.root));
      }
      return { sha256, size, mediaType, created: true };
    } catch (error) {
      await this.#disk.fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  /** The media type from the sidecar; a missing or damaged sidecar reads as plain bytes. */
  async #readMediaType(sha256: string): Promise<VaultMediaType> {
    return (await this.#disk.storedMediaType(sha256)) ?? DEFAULT_MEDIA_TYPE;
  }

  /** Mutations run one at a time, so a cleanup never races a put of the same bytes. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
