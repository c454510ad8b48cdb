// At most once: the server keeps, for every operation id it has judged, a fingerprint of what was
// sent and the answer it gave. A resend (same id, same content, same sender) gets that answer
// again and changes nothing; the same id with other content is a client bug and is refused (409)
// rather than guessed at.
import { canonicalJson, sha256Hex, type CanonicalValue } from '../domain';
import type { FinalAnswer } from './answer';

export interface Receipt {
  readonly fingerprint: string;
  /** Null while the operation waits for something (a `retry` answer): it will be judged again. */
  readonly answer: FinalAnswer | null;
}

/**
 * SHA-256 of the canonical JSON of the sender and the operation exactly as received (parsed JSON,
 * before validation), so that even an operation the server refused is recognised when resent.
 */
export const fingerprintOf = (userId: string, rawOperation: unknown): string =>
  sha256Hex(canonicalJson({ userId, operation: rawOperation as CanonicalValue }));

export type Redelivery =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly answer: FinalAnswer }
  | { readonly kind: 'id_reused' };

/**
 * An id the server has seen keeps its content even when the answer was `retry`: the retry may
 * then be judged afresh, but the id cannot be reused for something else.
 */
export function judgeRedelivery(receipt: Receipt | undefined, fingerprint: string): Redelivery {
  if (receipt === undefined) return { kind: 'new' };
  if (receipt.fingerprint !== fingerprint) return { kind: 'id_reused' };
  return receipt.answer === null ? { kind: 'new' } : { kind: 'replay', answer: receipt.answer };
}
