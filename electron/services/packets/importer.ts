// Imports an application packet: all or nothing.
//
// 1. Read the whole packet into memory (bounded by PacketLimits), refusing hostile structure.
// 2. Check it completely against its manifest (check-packet.ts). Until here nothing is written.
// 3. Commit: put the documents into the vault (side by side), then manifest.json itself, last. If a put fails
//    (full disk…), the files this import created are removed again, so the vault is as before.
// 4. Hand the validated application back. The renderer owns records and stores it in IndexedDB;
//    that write is the moment the import "exists" for the app.
//
// A crash during 3 or before 4 can leave files in the vault that no record references; the vault
// cleanup (on request, with the set of referenced hashes) removes them after its grace period.
// Imports run one at a time, so one import's rollback can never remove a file that a concurrent
// import has just found already stored.
import { promises as fsp } from 'node:fs';
import type { Application } from '../../../common/domain/application';
import type { Vault } from '../vault/vault';
import { checkPacket, type CheckedPacket } from './check-packet';
import type { PacketContents, ProgressReporter } from './contents';
import { readFolderPacket } from './folder-source';
import { defaultPacketLimits, type PacketLimits } from './limits';
import { quote, refuse, type PacketWarning } from './problems';
import { readZipPacket } from './zip-source';

export interface ImportResult {
  /** The application as validated; its documents carry the SHA-256 under which the vault holds them. */
  readonly application: Application;
  /** The vault hash of manifest.json as received: the record of exactly what was handed over. */
  readonly manifestSha256: string;
  readonly warnings: readonly PacketWarning[];
  /** Files this import added to the vault, and files that were already there (same bytes). */
  readonly storedFiles: number;
  readonly reusedFiles: number;
}

export interface PacketImporterOptions {
  readonly limits?: PacketLimits;
  readonly onProgress?: ProgressReporter;
}

export class PacketImporter {
  readonly #vault: Vault;
  readonly #limits: PacketLimits;
  readonly #progress: ProgressReporter;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(vault: Vault, options: PacketImporterOptions = {}) {
    this.#vault = vault;
    this.#limits = options.limits ?? defaultPacketLimits;
    this.#progress = options.onProgress ?? (() => undefined);
  }

  /** Imports the packet at `path`: a folder holding manifest.json, or a .zip of one. */
  importPath(path: string): Promise<ImportResult> {
    const run = this.#tail.then(
      () => this.#import(path),
      () => this.#import(path),
    );
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async #import(path: string): Promise<ImportResult> {
    const checked = await checkPacket(await this.#read(path), this.#limits, this.#progress);
    return this.#commit(checked);
  }

  async #read(path: string): Promise<PacketContents> {
    // lstat: the packet itself must not be a link to somewhere else either.
    const stat = await fsp.lstat(path).catch(() => undefined);
    if (stat === undefined) throw refuse('packet_not_found', `Paket ${quote(path)} tidak ditemukan.`);
    if (stat.isSymbolicLink()) throw refuse('packet_symlink', `Paket ${quote(path)} adalah tautan simbolik; pilih folder atau berkas aslinya.`);
    if (stat.isDirectory()) return readFolderPacket(path, this.#limits, this.#progress);
    return readZipPacket(path, this.#limits, this.#progress);
  }

  async #commit(packet: CheckedPacket): Promise<ImportResult> {
    const created: string[] = [];
    const total = packet.documents.length + 1;
    try {
      // The documents are written side by side: each put waits mostly for its fsyncs, and the
      // disk takes several at once. Every put is settled before deciding, so a failure removes
      // exactly what this import created, never a file still being written.
      let done = 0;
      const puts = await Promise.allSettled(
        packet.documents.map(async (doc) => {
          const put = await this.#vault.put(doc.bytes, { mediaType: doc.mediaType, expectedSha256: doc.sha256 });
          if (put.created) created.push(put.sha256);
          done += 1;
          this.#progress({ phase: 'storing', done, total, fileName: doc.fileName });
        }),
      );
      const failed = puts.find((p) => p.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      this.#progress({ phase: 'storing', done: total - 1, total, fileName: 'manifest.json' });
      const manifest = await this.#vault.put(packet.manifestBytes, { mediaType: 'application/json' });
      if (manifest.created) created.push(manifest.sha256);
      this.#progress({ phase: 'storing', done: total, total });
      return {
        application: packet.application,
        manifestSha256: manifest.sha256,
        warnings: packet.warnings,
        storedFiles: created.length,
        reusedFiles: total - created.length,
      };
    } catch (error) {
      for (const sha256 of created.reverse()) await this.#vault.remove(sha256).catch(() => undefined);
      throw error;
    }
  }
}
