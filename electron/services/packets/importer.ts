// Imports an application packet: all or nothing.
//
// 1. Read the whole packet into memory (bounded by PacketLimits), refusing hostile structure; the
//    source hashes each file while reading it (verified.ts), the only SHA-256 pass of an import.
// 2. Check it completely against its manifest (check-packet.ts). Each document whose size, hash
//    and type are right is staged in a vault batch meanwhile (written and fsynced to the vault's
//    tmp/, invisible to readers); any refusal discards the batch, so the vault is unchanged.
// 3. Commit the batch: the documents, then manifest.json itself, last, placed and made durable
//    together (batch.ts). If anything fails (full disk…), the batch removes what it created.
// 4. Hand the validated application back. The renderer owns records and stores it in IndexedDB;
//    that write is the moment the import "exists" for the app.
//
// A crash during 2–3 or before 4 can leave temporaries or files in the vault that no record
// references; the vault cleanup (on request, with the set of referenced hashes) removes them after
// its grace period. Imports run one at a time, and a batch places its files in one vault task, so
// a rollback can never remove a file that another import or put has just found already stored.
import { promises as fsp } from 'node:fs';
import type { Application } from '../../../common/domain/application';
import type { Vault, VaultBatch } from '../vault/vault';
import { checkPacket, type CheckedPacket } from './check-packet';
import type { FileRead, PacketContents, ProgressReporter } from './contents';
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
    // Each file is staged (written to the vault's tmp/ and fsynced, invisible to readers) as soon
    // as it is read, so the disk works while later files are read, hashed and checked here. What
    // the checks do not accept, or all of it when the packet is refused, is removed again.
    const batch = this.#vault.batch();
    try {
      const contents = await this.#read(path, (file) => {
        batch.stage(file.verified);
      });
      const checked = await checkPacket(contents, this.#limits, this.#progress, (doc) => {
        batch.add(doc.verified, doc.mediaType);
      });
      return await this.#commit(checked, batch);
    } catch (error) {
      await batch.discard().catch(() => undefined);
      throw error;
    }
  }

  async #read(path: string, onFile: FileRead): Promise<PacketContents> {
    // lstat: the packet itself must not be a link to somewhere else either.
    const stat = await fsp.lstat(path).catch(() => undefined);
    if (stat === undefined) throw refuse('packet_not_found', `Paket ${quote(path)} tidak ditemukan.`);
    if (stat.isSymbolicLink()) throw refuse('packet_symlink', `Paket ${quote(path)} adalah tautan simbolik; pilih folder atau berkas aslinya.`);
    if (stat.isDirectory()) return readFolderPacket(path, this.#limits, this.#progress, onFile);
    return readZipPacket(path, this.#limits, this.#progress, onFile);
  }

  /** Stores the documents and, last, manifest.json: all of them, durably, or none. */
  async #commit(packet: CheckedPacket, batch: VaultBatch): Promise<ImportResult> {
    batch.add(packet.manifest, 'application/json');
    const names = [...packet.documents.map((d) => d.fileName), 'manifest.json'];
    const total = names.length;
    const results = await batch.commit((index) => {
      this.#progress({ phase: 'storing', done: index + 1 === total ? index : index + 1, total, fileName: names[index] });
    });
    this.#progress({ phase: 'storing', done: total, total });
    const manifest = results.at(-1);
    if (manifest === undefined) throw new Error('vault batch lost the manifest');
    const storedFiles = results.filter((r) => r.created).length;
    return {
      application: packet.application,
      manifestSha256: manifest.sha256,
      warnings: packet.warnings,
      storedFiles,
      reusedFiles: total - storedFiles,
    };
  }
}
