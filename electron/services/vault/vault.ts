// Content-addressed store of bytes under `<dataDir>/vault/`: a file's name is its SHA-256, in
// sharded folders `ab/cd/<sha>`, with its media type in a sidecar `<sha>.json`.
//
// Durability: bytes go to `tmp/` (same file system, so the final rename is atomic), are fsynced,
// then renamed into place and the folder is fsynced. The sidecar is written the same way and
// BEFORE the blob, so "a blob exists" always implies "its media type is known"; a crash can
// leave only a temporary file or a sidecar without blob, both of which cleanup removes. A reader
// therefore sees a whole file or none, never a half-written one.
//
// Integrity: every read hashes the bytes again; a mismatch is a `vault_corrupt` failure, never
// wrong bytes handed to a viewer or a signer.
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { rethrowAsVaultFailure, VaultFailure, vaultMessages } from './errors';
import { contradictsContent, isVaultMediaType, SNIFF_BYTES, type VaultMediaType } from './media-types';
import { nodeVaultFs, type VaultFs } from './vault-fs';

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

export type VaultSource = Uint8Array | AsyncIterable<Uint8Array>;

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
const SHARD = /^[0-9a-f]{2}$/;
const DEFAULT_MEDIA_TYPE: VaultMediaType = 'application/octet-stream';
/** Files younger than this survive cleanup: an import may have stored them a moment ago. */
export const DEFAULT_CLEANUP_GRACE_MS = 60 * 60 * 1000;

export const isSha256 = (value: string): boolean => SHA256.test(value);

async function* chunksOf(source: VaultSource): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source;
}

export class Vault {
  readonly #fs: VaultFs;
  readonly #now: () => number;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly root: string,
    options: VaultOptions = {},
  ) {
    this.#fs = options.fs ?? nodeVaultFs;
    this.#now = options.now ?? Date.now;
  }

  static forDataDir(dataDir: string, options: VaultOptions = {}): Vault {
    return new Vault(join(dataDir, 'vault'), options);
  }

  /** Stores bytes and answers their hash; storing the same bytes again changes nothing. */
  async put(source: VaultSource, options: PutOptions): Promise<PutResult> {
    if (!isVaultMediaType(options.mediaType)) throw new VaultFailure('vault_media_type', vaultMessages.mediaType(options.mediaType));
    const staged = await this.#stage(source, options);
    return this.#serial(() => this.#commit(staged, options.mediaType));
  }

  /** The verified bytes, or undefined when the vault has no such file. */
  async get(sha256: string): Promise<VaultReadResult | undefined> {
    if (!isSha256(sha256)) return undefined;
    const blob = this.#blobPath(sha256);
    const stat = await this.#io('read', () => this.#fs.lstat(blob));
    if (stat === undefined) return undefined;
    if (!stat.isFile) throw new VaultFailure('vault_unreadable', vaultMessages.unreadable(this.root));
    const bytes = await this.#io('read', () => this.#fs.readFile(blob));
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
    const stat = await this.#io('read', () => this.#fs.lstat(this.#blobPath(sha256)));
    return stat?.isFile === true;
  }

  /** Every stored file, sorted by hash. Sizes come from the file system, not a re-hash. */
  async list(): Promise<VaultEntry[]> {
    const entries: VaultEntry[] = [];
    for (const { dir, names } of await this.#shards()) {
      for (const name of names.filter(isSha256)) {
        const stat = await this.#io('read', () => this.#fs.lstat(join(dir, name)));
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
      await this.#io('write', () => this.#fs.unlink(this.#blobPath(sha256)));
      await this.#io('write', () => this.#fs.unlink(this.#metaPath(sha256)));
      await this.#pruneShard(this.#shardDir(sha256));
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
      for (const { dir, names } of await this.#shards()) {
        const present = new Set(names);
        for (const name of names) {
          const sha = name.endsWith('.json') ? name.slice(0, -5) : name;
          if (!isSha256(sha) || keep.has(sha)) continue;
          const isBlob = sha === name;
          if (!isBlob && present.has(sha)) continue; // the sidecar goes with its blob
          const stat = await this.#io('read', () => this.#fs.lstat(join(dir, name)));
          if (stat === undefined || stat.mtimeMs > cutoff) continue;
          await this.#io('write', () => this.#fs.unlink(join(dir, name)));
          if (isBlob) {
            await this.#io('write', () => this.#fs.unlink(`${join(dir, name)}.json`));
            removed.push(sha);
            freedBytes += stat.size;
          }
        }
        await this.#pruneShard(dir);
      }
      await this.#removeStaleTemporaries(cutoff);
      return { removed: removed.sort(), freedBytes };
    });
  }

  /** The read function handed to the vault protocol (Electron) or the web host. */
  reader(): VaultReader {
    return (sha256) => this.get(sha256);
  }

  // --- writing -------------------------------------------------------------------------------

  async #stage(source: VaultSource, options: PutOptions): Promise<{ tmp: string; sha256: string; size: number }> {
    const tmpDir = join(this.root, 'tmp');
    await this.#io('write', () => this.#fs.mkdirp(tmpDir));
    const tmp = join(tmpDir, `${randomUUID()}.part`);
    const handle = await this.#io('write', () => this.#fs.createExclusive(tmp));
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
        await this.#io('write', () => handle.write(chunk));
      }
      await this.#io('write', () => handle.sync());
      open = false;
      await this.#io('write', () => handle.close());
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
      await this.#fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  async #commit(staged: { tmp: string; sha256: string; size: number }, mediaType: VaultMediaType): Promise<PutResult> {
    const { tmp, sha256, size } = staged;
    const blob = this.#blobPath(sha256);
    try {
      const existing = await this.#io('read', () => this.#fs.lstat(blob));
      if (existing?.isFile === true) {
        await this.#io('write', () => this.#fs.unlink(tmp));
        // Freshen the file so a cleanup running right after this import keeps it.
        await this.#io('write', () => this.#fs.touch(blob));
        const stored = await this.#storedMediaType(sha256);
        if (stored === undefined) await this.#writeMeta(sha256, mediaType);
        return { sha256, size: existing.size, mediaType: stored ?? mediaType, created: false };
      }
      const shard = this.#shardDir(sha256);
      const createdDirs = await this.#io('write', () => this.#fs.mkdirp(shard));
      await this.#writeMeta(sha256, mediaType);
      await this.#io('write', () => this.#fs.rename(tmp, blob));
      await this.#io('write', () => this.#fs.syncDir(shard));
      if (createdDirs) {
        await this.#io('write', () => this.#fs.syncDir(join(shard, '..')));
        await this.#io('write', () => this.#fs.syncDir(this.root));
      }
      return { sha256, size, mediaType, created: true };
    } catch (error) {
      await this.#fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  async #writeMeta(sha256: string, mediaType: VaultMediaType): Promise<void> {
    const tmp = join(this.root, 'tmp', `${randomUUID()}.meta`);
    const bytes = new TextEncoder().encode(JSON.stringify({ mediaType }));
    const handle = await this.#io('write', () => this.#fs.createExclusive(tmp));
    let open = true;
    try {
      await this.#io('write', () => handle.write(bytes));
      await this.#io('write', () => handle.sync());
      open = false;
      await this.#io('write', () => handle.close());
      await this.#io('write', () => this.#fs.rename(tmp, this.#metaPath(sha256)));
    } catch (error) {
      if (open) await handle.close().catch(() => undefined);
      await this.#fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  // --- reading and housekeeping -------------------------------------------------------------

  /** The media type from the sidecar; a missing or damaged sidecar reads as plain bytes. */
  async #readMediaType(sha256: string): Promise<VaultMediaType> {
    return (await this.#storedMediaType(sha256)) ?? DEFAULT_MEDIA_TYPE;
  }

  async #storedMediaType(sha256: string): Promise<VaultMediaType | undefined> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(await this.#fs.readFile(this.#metaPath(sha256))));
    } catch {
      return undefined;
    }
    const mediaType = typeof parsed === 'object' && parsed !== null && 'mediaType' in parsed ? parsed.mediaType : undefined;
    return typeof mediaType === 'string' && isVaultMediaType(mediaType) ? mediaType : undefined;
  }

  async #shards(): Promise<{ dir: string; names: string[] }[]> {
    const rootStat = await this.#io('read', () => this.#fs.lstat(this.root));
    if (rootStat === undefined) return [];
    if (!rootStat.isDirectory) throw new VaultFailure('vault_unavailable', vaultMessages.unavailable(this.root));
    const shards: { dir: string; names: string[] }[] = [];
    for (const first of (await this.#io('read', () => this.#fs.readdir(this.root))).filter((n) => SHARD.test(n)).sort()) {
      const firstDir = join(this.root, first);
      if ((await this.#io('read', () => this.#fs.lstat(firstDir)))?.isDirectory !== true) continue;
      for (const second of (await this.#io('read', () => this.#fs.readdir(firstDir))).filter((n) => SHARD.test(n)).sort()) {
        const dir = join(firstDir, second);
        if ((await this.#io('read', () => this.#fs.lstat(dir)))?.isDirectory !== true) continue;
        shards.push({ dir, names: (await this.#io('read', () => this.#fs.readdir(dir))).sort() });
      }
    }
    return shards;
  }

  async #pruneShard(dir: string): Promise<void> {
    if (await this.#io('write', () => this.#fs.rmdirIfEmpty(dir))) {
      await this.#io('write', () => this.#fs.rmdirIfEmpty(join(dir, '..')));
    }
  }

  async #removeStaleTemporaries(cutoff: number): Promise<void> {
    const tmpDir = join(this.root, 'tmp');
    if ((await this.#io('read', () => this.#fs.lstat(tmpDir)))?.isDirectory !== true) return;
    for (const name of await this.#io('read', () => this.#fs.readdir(tmpDir))) {
      const stat = await this.#io('read', () => this.#fs.lstat(join(tmpDir, name)));
      if (stat?.isFile === true && stat.mtimeMs <= cutoff) await this.#io('write', () => this.#fs.unlink(join(tmpDir, name)));
    }
  }

  #shardDir(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4));
  }

  #blobPath(sha256: string): string {
    return join(this.#shardDir(sha256), sha256);
  }

  #metaPath(sha256: string): string {
    return `${this.#blobPath(sha256)}.json`;
  }

  /** Runs a file-system step, turning expected faults into vault Failures. */
  async #io<T>(action: 'read' | 'write', step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      return rethrowAsVaultFailure(error, this.root, action);
    }
  }

  /** Mutations run one at a time, so a cleanup never races a put of the same bytes. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
