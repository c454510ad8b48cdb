// Blobs go to the server before the operations that name them: photos in findings' evidence and
// attached PDFs. An upload resumes where the server stands — HEAD answers how many bytes it
// holds, each PUT sends the next piece from that offset — so a connection cut in the middle
// costs only the piece in flight, and the server checks the SHA-256 once the blob is whole.
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
/** Tries per blob; each try starts by asking the server where it stands. */
const UPLOAD_ATTEMPTS = 6;

export interface UploadContext {
  readonly http: HttpClient;
  readonly token: string;
  readonly clock: RetryClock;
  readonly chunkBytes: number;
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

/** Timeout for one piece: generous for a slow field connection (~32 KiB/s). */
const pieceTimeout = (bytes: number): number => 30_000 + Math.ceil(bytes / 32_768) * 1_000;

/** Sends from `start` to the end; answers the bytes sent and whether the server called it complete. */
async function sendFrom(ctx: UploadContext, sha256: string, bytes: Uint8Array, start: number): Promise<{ sent: number; complete: boolean }> {
  let offset = start;
  let sent = 0;
  while (offset < bytes.length) {
    const piece = bytes.subarray(offset, Math.min(offset + ctx.chunkBytes, bytes.length));
    const answer = await ctx.http.send(blobRoutes.uploadBlob, {
      params: { sha256 },
      token: ctx.token,
      bytes: piece,
      headers: { [blobHeaders.offset]: String(offset), [blobHeaders.length]: String(bytes.length) },
      timeoutMs: pieceTimeout(piece.length),
    });
    if (answer.status === 409 && errorOf(answer)?.code === 'upload_offset_mismatch') {
      // The server holds a different amount than we thought (an earlier piece did arrive): go on from there.
      offset = bodyOf(blobRoutes.uploadBlob, answer, offsetMismatchSchema).offset;
      continue;
    }
    if (answer.status === 413 || answer.status === 422 || answer.status === 400) {
      throw new SyncFailure('sync_upload_refused', m.uploadRefused(sha256, errorOf(answer)?.message ?? `HTTP ${String(answer.status)}`));
    }
    expectStatus(answer, [200, 201, 202]);
    const status = bodyOf(blobRoutes.uploadBlob, answer, uploadStatusSchema);
    sent += piece.length;
    ctx.onSent?.(piece.length);
    if (status.complete) return { sent, complete: true };
    offset = status.offset;
  }
  return { sent, complete: false };
}

/**
 * Makes sure the server holds the blob. A try that fails on the way (no answer, server busy)
 * starts again from where the server stands; only what has not arrived is sent again.
 */
export async function ensureUploaded(ctx: UploadContext, sha256: string, bytes: Uint8Array): Promise<UploadOutcome> {
  let sentBytes = 0;
  let everSent = false;
  const result = await withRetries(
    async () => {
      const state = await remoteState(ctx, sha256);
      if (state === 'complete') return everSent ? 'uploaded' : 'present';
      everSent = true;
      const { sent, complete } = await sendFrom(ctx, sha256, bytes, Math.min(state, bytes.length));
      sentBytes += sent;
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
