// Files stored together, all or none: what a packet import needs. Compared with one `put` per file
// it saves work without giving up a guarantee:
//
// - No second SHA-256 pass: only VerifiedBytes are taken, whose hash this process computed from
//   those very bytes (verified.ts). A hash string from elsewhere cannot get in.
// - Staging starts as soon as a file is staged or added (its bytes and its sidecar each written to
//   tmp/ and fsynced on libuv's threads), so the disk works while the caller still reads and checks
//   later files. What was staged but not added is removed again.
// - `commit` renames sidecar then blob into place for every file, then fsyncs each touched folder
//   ONCE for the whole batch (concurrently), instead of once per file. Only after those fsyncs does
//   it resolve: when it says done, every byte, sidecar and name is on the disk.
// - Any failure (a staging write, a rename, a folder fsync) removes every file this batch created
//   and every temporary it wrote, so the vault is as before; the error is passed on.
//
// Nothing is visible in the vault before `commit`: staged files sit in tmp/, which readers never
// look at; `discard` removes them, and a crash leaves only temporaries that cleanup removes.
import { join } from 'node:path';
import type { VaultDisk } from './disk';
import { VaultFailure, vaultMessages } from './errors';
import { contradictsContent, isVaultMediaType, SNIFF_BYTES, type VaultMediaType } from './media-types';
import { isVerified, type VerifiedBytes } from './verified';

export interface BatchResult {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: VaultMediaType;
  /** False when the vault already held these bytes (deduplicated). */
  readonly created: boolean;
}

interface Entry {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: VaultMediaType;
  /** Temporary file of the bytes; rejects when it could not be written (nothing is left then). */
  readonly blob: Promise<string>;
  /** Temporary file of the sidecar, likewise. */
  readonly meta: Promise<string>;
}

interface Temporaries {
  readonly blob: string;
  readonly meta: string;
}

export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

const onlyVerified = (verified: VerifiedBytes): void => {
  if (!isVerified(verified)) throw new Error('VaultBatch: only bytes hashed in this process (verified.ts) can be stored unhashed');
};

export class VaultBatch {
  readonly #disk: VaultDisk;
  readonly #serial: Serial;
  /** Bytes being written to tmp/, by the object that verified them; some may never be added. */
  readonly #blobs = new Map<VerifiedBytes, Promise<string>>();
  readonly #metas: Promise<string>[] = [];
  readonly #entries: Entry[] = [];
  #closed = false;
  #tmpDirReady: Promise<void> | undefined;

  constructor(disk: VaultDisk, serial: Serial) {
    this.#disk = disk;
    this.#serial = serial;
  }

  /**
   * Starts writing the bytes to a temporary file (and fsyncing it) before it is known whether they
   * will be stored: the packet importer stages each file as it is read, so the disk works while
   * later files are read and checked. Bytes staged but never `add`ed are removed by commit/discard.
   */
  stage(verified: VerifiedBytes): void {
    void this.#stage(verified); // its failure is reported by commit
  }

  /** Adds bytes to the batch (staging them now if `stage` did not) with their sidecar; a bad type throws at once. */
  add(verified: VerifiedBytes, mediaType: VaultMediaType): void {
    this.#assertOpen();
    onlyVerified(verified);
    if (!isVaultMediaType(mediaType) || contradictsContent(mediaType, verified.bytes.subarray(0, SNIFF_BYTES))) {
      throw new VaultFailure('vault_media_type', vaultMessages.mediaType(mediaType));
    }
    const blob = this.#stage(verified);
    const meta = this.#tmpDir().then(() => this.#disk.stageMeta(mediaType, true));
    meta.catch(() => undefined);
    this.#metas.push(meta);
    this.#entries.push({ sha256: verified.sha256, size: verified.bytes.byteLength, mediaType, blob, meta });
  }

  /**
   * Waits for every staging (calling `onStaged` with the index of each added file, in the order
   * added), then places all files and makes them durable. Resolves in the order the files were added.
   */
  async commit(onStaged: (index: number) => void = () => undefined): Promise<BatchResult[]> {
    this.#close();
    const staged: Temporaries[] = [];
    try {
      for (const [index, entry] of this.#entries.entries()) {
        staged.push({ blob: await entry.blob, meta: await entry.meta });
        onStaged(index);
      }
      // Staged but not added (the importer stages files before knowing they are all wanted).
      const added = new Set(staged.map((t) => t.blob));
      for (const blob of this.#blobs.values()) {
        const tmp = await blob;
        if (!added.has(tmp)) await this.#disk.unlink(tmp);
      }
    } catch (error) {
      await this.#removeTemporaries();
      throw error;
    }
    return this.#serial(() => this.#place(staged));
  }

  /** Removes whatever was staged; the vault is as before the batch. */
  async discard(): Promise<void> {
    this.#close();
    await this.#removeTemporaries();
  }

  #stage(verified: VerifiedBytes): Promise<string> {
    this.#assertOpen();
    onlyVerified(verified);
    let blob = this.#blobs.get(verified);
    if (blob === undefined) {
      blob = this.#tmpDir().then(() => this.#disk.writeTemporary(verified.bytes, 'part', true));
      blob.catch(() => undefined); // reported by commit, cleaned up by commit or discard
      this.#blobs.set(verified, blob);
    }
    return blob;
  }

  /** tmp/ is made sure of once per batch, not once per temporary file (two per stored file). */
  #tmpDir(): Promise<void> {
    this.#tmpDirReady ??= this.#disk.ensureTmpDir();
    return this.#tmpDirReady;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('VaultBatch: already committed or discarded');
  }

  #close(): void {
    this.#assertOpen();
    this.#closed = true;
  }

  /** Waits for every write still running, then removes every temporary file that was written. */
  async #removeTemporaries(): Promise<void> {
    const written = await Promise.all([...this.#blobs.values(), ...this.#metas].map((p) => p.catch(() => undefined)));
    const unlink = (tmp: string): Promise<void> => this.#disk.fs.unlink(tmp).catch(() => undefined);
    await Promise.all(written.filter((tmp) => tmp !== undefined).map(unlink));
  }

  async #place(staged: readonly Temporaries[]): Promise<BatchResult[]> {
    const disk = this.#disk;
    const created: string[] = [];
    const folders = new Set<string>();
    const results: BatchResult[] = [];
    try {
      for (const [index, s] of this.#entries.entries()) {
        const tmp = staged[index];
        if (tmp === undefined) throw new Error('VaultBatch: staging lost');
        const blob = disk.blobPath(s.sha256);
        const existing = await disk.lstat(blob);
        if (existing?.isFile === true) {
          await disk.unlink(tmp.blob);
          // Freshen the file so a cleanup running right after this import keeps it.
          await disk.io('write', () => disk.fs.touch(blob));
          const stored = await disk.storedMediaType(s.sha256);
          if (stored === undefined) {
            await disk.placeMeta(tmp.meta, s.sha256);
            folders.add(disk.shardDir(s.sha256));
          } else await disk.unlink(tmp.meta);
          results.push({ sha256: s.sha256, size: existing.size, mediaType: stored ?? s.mediaType, created: false });
          continue;
        }
        const shard = disk.shardDir(s.sha256);
        created.push(s.sha256); // from here on, a failure removes its sidecar, blob and new folders
        if (await disk.io('write', () => disk.fs.mkdirp(shard))) {
          folders.add(join(shard, '..'));
          folders.add(disk.root);
        }
        // The sidecar first, so "a blob exists" implies "its media type is known" (vault.ts).
        await disk.placeMeta(tmp.meta, s.sha256);
        await disk.io('write', () => disk.fs.rename(tmp.blob, blob));
        folders.add(shard);
        results.push({ sha256: s.sha256, size: s.size, mediaType: s.mediaType, created: true });
      }
      // Each folder once, all at once: the file system can flush them in one journal commit.
      await Promise.all([...folders].map((folder) => disk.io('write', () => disk.fs.syncDir(folder))));
      return results;
    } catch (error) {
      // Temporaries not placed yet (names are unique, so a placed one is simply gone from tmp/).
      for (const tmp of staged) await Promise.all([disk.fs.unlink(tmp.blob), disk.fs.unlink(tmp.meta)]).catch(() => undefined);
      for (const sha256 of created.reverse()) {
        await disk.fs.unlink(disk.blobPath(sha256)).catch(() => undefined);
        await disk.fs.unlink(disk.metaPath(sha256)).catch(() => undefined);
        await disk.pruneShard(disk.shardDir(sha256)).catch(() => undefined);
      }
      throw error;
    }
  }
}
