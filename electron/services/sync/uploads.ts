// Blobs go to the server before the operations that name them: photos in findings' evidence and
// attached PDFs. An upload resumes where the server stands — HEAD answers how many bytes it
// holds, each PUT sends the next piece from that offset — so a connection cut in the middle
// costs at most the piece in flight, and the server checks the SHA-256 once the blob is whole.
// Pieces start small and follow the link: the next piece is what the last one's pace carries
// in about PIECE_TARGET_MS, so a field connection keeps small pieces (progress and timeouts stay
// short) while a fast link sends a large blob in a few requests instead of one per 4 MiB.
import { blobHeaders, blobRoutes, offsetMismatchSchema, uploadStatusSchema } from '../../../common/contract/http';
import { operationSchema } from '../../../common/sync/operation';
import { bodyOf, errorOf, expectStatus, type HttpClient } from './http-client';
import { SyncFailure, syncMessages as m } from './messages';
import { requestBackoff } from './backoff';
import { withRetries, type RetryClock } from './retry';
import type { Vault } from '../vault/vault';

/** Blob hashes an operation names (what the server would answer `blob_missing` for). */
export function blobsNamedBy(raw: unknown): string[] {
  const parsed = operationSchema.safeParse(raw);
  if (!parsed.success) return [];
  const op = parsed.data;
  if (op.type === 'document.attach') return [op.document.sha256];
  if (op.type === 'finding.set') return (op.changes.evidence?.value ?? []).flatMap((ref) => (ref.kind === 'photo' ? [ref.blobSha256] : []));
  return [];
}

export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** Largest piece on a fast link: a piece the server or a proxy in front of it refuses as too large falls back to the first size. */
export const MAX_CHUNK_BYTES = 64 * 1024 * 1024;
/** A piece is sized to take about this long at the pace of the one before. */
const PIECE_TARGET_MS = 2_000;
/** Tries per blob; each try starts by asking the server where it stands. */
const UPLOAD_ATTEMPTS = 6;

export interface UploadContext {
  readonly http: HttpClient;
  readonly token: string;
  readonly clock: RetryClock;
  /** First piece of each try, and the smallest. */
  readonly chunkBytes: number;
  /** Largest piece the pace may grow to; without it every piece is `chunkBytes`. */
  readonly maxChunkBytes?: number;
  /** Monotonic milliseconds, to time pieces (tests steer the pace with it). */
  readonly elapsedMs?: () => number;
  /** Told after each piece the server took, with the bytes sent in that request. */
  readonly onSent?: (bytes: number) => void;
  readonly onRetry?: (error: unknown) => void;
}

export type UploadOutcome = { readonly kind: 'present' } | { readonly kind: 'uploaded'; readonly sentBytes: number };

/** How many bytes of the blob the server holds, or 'complete'. */
async function remoteState(ctx: UploadContext, sha256: string): Promise<number | 'complete'> {
  const answer = await ctx.http.send(blobRoutes.blobStatus, { params: { sha256 }, token: ctx.token });
  expectStatus(answer, [200, 404]);
  if (answer.status === 200) return 'complete';
  const offset = Number(answer.headers.get(blobHeaders.offset) ?? '0');
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : 0;
}

/**
 * Piece sizes as the app uses them: from DEFAULT_CHUNK_BYTES up to MAX_CHUNK_BYTES by the link's
 * pace; a fixed size when one is given (tests that count pieces).
 */
export function pieceSizes(fixed?: number): Pick<UploadContext, 'chunkBytes' | 'maxChunkBytes'> {
  return fixed === undefined ? { chunkBytes: DEFAULT_CHUNK_BYTES, maxChunkBytes: MAX_CHUNK_BYTES } : { chunkBytes: fixed, maxChunkBytes: fixed };
}

/** The next piece: what the last one's pace carries in PIECE_TARGET_MS, within [min, max]. */
export function nextPieceBytes(sentBytes: number, tookMs: number, min: number, max: number): number {
  const carried = Math.floor((sentBytes / Math.max(tookMs, 1)) * PIECE_TARGET_MS);
  return Math.min(max, Math.max(min, carried));
}

/**
 * Timeout for one piece: generous for a slow field connection (~32 KiB/s); once the link's pace
 * is known, ten times what the piece should take at that pace (plus the same 30 s) when that is
 * shorter, so a large piece sized for a fast link that then drops (leaving the office Wi-Fi) is
 * given up in about a minute rather than the half hour 64 MiB would get at field pace.
 */
export function pieceTimeoutMs(bytes: number, paceBytesPerMs?: number): number {
  const atFieldPace = 30_000 + Math.ceil(bytes / 32_768) * 1_000;
  if (paceBytesPerMs === undefined || paceBytesPerMs <= 0) return atFieldPace;
  return Math.min(atFieldPace, 30_000 + Math.ceil((10 * bytes) / paceBytesPerMs));
}

/** Sends from `start` to the end (each piece the server took told to `onSent`); answers whether the server called it complete. */
async function sendFrom(ctx: UploadContext, sha256: string, bytes: Uint8Array, start: number): Promise<boolean> {
  let offset = start;
  // Every try starts small again: a failure may mean the link got worse.
  let pieceBytes = ctx.chunkBytes;
  let maxBytes = Math.max(ctx.chunkBytes, ctx.maxChunkBytes ?? ctx.chunkBytes);
  let paceBytesPerMs: number | undefined;
  const elapsedMs = ctx.elapsedMs ?? (() => performance.now());
  // At least one request, even from the end: a server that holds every byte but stopped before
  // completing the blob (between the last write and the rename) completes it on an empty PUT;
  // sending nothing would leave the blob, and the operations naming it, waiting for ever.
  do {
    const piece = bytes.subarray(offset, Math.min(offset + pieceBytes, bytes.length));
    const startedMs = elapsedMs();
    const answer = await ctx.http.send(blobRoutes.uploadBlob, {
      params: { sha256 },
      token: ctx.token,
      bytes: piece,
      headers: { [blobHeaders.offset]: String(offset), [blobHeaders.length]: String(bytes.length) },
      timeoutMs: pieceTimeoutMs(piece.length, paceBytesPerMs),
    });
    if (answer.status === 409 && errorOf(answer)?.code === 'upload_offset_mismatch') {
      // The server holds a different amount than we thought (an earlier piece did arrive): go on from there.
      offset = bodyOf(blobRoutes.uploadBlob, answer, offsetMismatchSchema).offset;
      continue;
    }
    if (answer.status === 413 && piece.length > ctx.chunkBytes && errorOf(answer)?.code !== 'blob_too_large') {
      // Not the server's limit on the blob: something in between refuses bodies this large.
      // The first size went through before (or is the app's usual); stay at it for this blob.
      maxBytes = pieceBytes = ctx.chunkBytes;
      continue;
    }
    if (answer.status === 413 || answer.status === 422 || answer.status === 400) {
      throw new SyncFailure('sync_upload_refused', m.uploadRefused(sha256, errorOf(answer)?.message ?? `HTTP ${String(answer.status)}`));
    }
    expectStatus(answer, [200, 201, 202]);
    const status = bodyOf(blobRoutes.uploadBlob, answer, uploadStatusSchema);
    ctx.onSent?.(piece.length);
    if (status.complete) return true;
    offset = status.offset;
    const tookMs = elapsedMs() - startedMs;
    paceBytesPerMs = piece.length / Math.max(tookMs, 1);
    pieceBytes = nextPieceBytes(piece.length, tookMs, ctx.chunkBytes, maxBytes);
  } while (offset < bytes.length);
  return false;
}

/**
 * Makes sure the server holds the blob. A try that fails on the way (no answer, server busy)
 * starts again from where the server stands; only what has not arrived is sent again.
 */
export async function ensureUploaded(ctx: UploadContext, sha256: string, bytes: Uint8Array): Promise<UploadOutcome> {
  let sentBytes = 0;
  let everSent = false;
  // Counted per piece the server took, so the pieces of a try that failed later count too.
  const counting: UploadContext = {
    ...ctx,
    onSent: (n) => {
      sentBytes += n;
      ctx.onSent?.(n);
    },
  };
  const result = await withRetries(
    async () => {
      const state = await remoteState(ctx, sha256);
      if (state === 'complete') return everSent ? 'uploaded' : 'present';
      everSent = true;
      const complete = await sendFrom(counting, sha256, bytes, Math.min(state, bytes.length));
      if (!complete) throw new SyncFailure('sync_upload_refused', m.uploadRefused(sha256, 'server menerima semua byte tetapi tidak menyatakan berkas lengkap'));
      return 'uploaded';
    },
    { attempts: UPLOAD_ATTEMPTS, policy: requestBackoff, clock: ctx.clock, ...(ctx.onRetry ? { onRetry: ctx.onRetry } : {}) },
  );
  return result === 'present' ? { kind: 'present' } : { kind: 'uploaded', sentBytes };
}

/**
 * Uploads every blob the operations name that the vault holds (one it does not hold yet makes
 * the server answer `retry` for its operation, which then waits in the outbox), reporting bytes.
 */
export async function uploadNamedBlobs(
  ctx: Omit<UploadContext, 'onSent'>,
  vault: Pick<Vault, 'get'>,
  operations: readonly unknown[],
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const blobs: { sha256: string; bytes: Uint8Array }[] = [];
  for (const sha256 of new Set(operations.flatMap(blobsNamedBy))) {
    const found = await vault.get(sha256);
    if (found !== undefined) blobs.push({ sha256, bytes: found.bytes });
  }
  const total = blobs.reduce((n, b) => n + b.bytes.length, 0);
  let done = 0;
  for (const { sha256, bytes } of blobs) {
    const before = done;
    await ensureUploaded(
      {
        ...ctx,
        onSent: (n) => {
          done += n;
          onProgress(Math.min(done, total), total);
        },
      },
      sha256,
      bytes,
    );
    // A blob the server already held counts as done too.
    done = Math.max(done, before + bytes.length);
  }
}
