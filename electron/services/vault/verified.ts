// Bytes whose SHA-256 this process computed from the bytes themselves. A VaultBatch stores such
// bytes under that hash without hashing them a second time (the packet importer has hashed every
// document already, to check it against the manifest; a second pass was a fifth of an import).
//
// A hash cannot be handed in as a string: the only way to get a VerifiedBytes is to feed the bytes
// through Sha256Builder (or verifyBytes), and the vault accepts only objects issued here. So a hash
// from the renderer, a manifest or the network can never name bytes it does not belong to. What
// this cannot catch is the holder changing the bytes afterwards: main-process code hashes a buffer
// it alone owns (read from a file or inflated) and never writes to it again.
import { createHash } from 'node:crypto';

export interface VerifiedBytes {
  readonly bytes: Uint8Array;
  /** Lowercase hex. */
  readonly sha256: string;
}

const issued = new WeakSet<VerifiedBytes>();

/** True only for objects made by Sha256Builder.finish / verifyBytes in this process. */
export const isVerified = (value: VerifiedBytes): boolean => issued.has(value);

/**
 * Hashes a buffer while it fills, chunk after chunk (so a reader can hash what has arrived while the
 * next read is in flight). The chunks must be consecutive pieces of one buffer, and `finish` must
 * be given exactly the bytes they cover: otherwise it throws, because the hash would not be theirs.
 */
export class Sha256Builder {
  readonly #hash = createHash('sha256');
  #buffer: ArrayBufferLike | undefined;
  #start = 0;
  #end = 0;
  #finished = false;

  update(chunk: Uint8Array): void {
    if (this.#finished) throw new Error('Sha256Builder: already finished');
    if (this.#buffer === undefined) {
      this.#buffer = chunk.buffer;
      this.#start = chunk.byteOffset;
    } else if (chunk.buffer !== this.#buffer || chunk.byteOffset !== this.#end) {
      throw new Error('Sha256Builder: chunks must follow each other in one buffer');
    }
    this.#end = chunk.byteOffset + chunk.byteLength;
    this.#hash.update(chunk);
  }

  finish(bytes: Uint8Array): VerifiedBytes {
    if (this.#finished) throw new Error('Sha256Builder: already finished');
    const covered =
      this.#buffer === undefined
        ? bytes.byteLength === 0
        : bytes.buffer === this.#buffer && bytes.byteOffset === this.#start && bytes.byteLength === this.#end - this.#start;
    if (!covered) throw new Error('Sha256Builder: the bytes are not the ones hashed');
    this.#finished = true;
    const verified: VerifiedBytes = Object.freeze({ bytes, sha256: this.#hash.digest('hex') });
    issued.add(verified);
    return verified;
  }
}

/** The bytes with their SHA-256, hashed now in one pass. */
export function verifyBytes(bytes: Uint8Array): VerifiedBytes {
  const builder = new Sha256Builder();
  if (bytes.byteLength > 0) builder.update(bytes);
  return builder.finish(bytes);
}
