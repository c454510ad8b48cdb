// Blob upload pieces against the real server (in-process, PGlite, loopback): each piece is sized
// by the pace of the one before (small on a slow link, large on a fast one), every try starts
// small again, and a proxy that refuses large bodies sends the blob back to the first size. The
// pace comes from a clock the test steers; the bytes go to the server for real.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type Fetch } from '../../electron/services/sync/http-client';
import type { RetryClock } from '../../electron/services/sync/retry';
import { ensureUploaded, nextPieceBytes, pieceSizes, pieceTimeoutMs, type UploadContext } from '../../electron/services/sync/uploads';
import { userWithToken } from '../../server/testing/harness';
import { startRealServer, type RealServer } from './fixture';

const MiB = 1024 * 1024;
let real: RealServer;
let token: string;

beforeAll(async () => {
  real = await startRealServer();
  ({ token } = await userWithToken(real.server, 'siti', 'verifier'));
});
afterAll(async () => {
  await real.close();
});

interface PutSeen {
  readonly offset: number;
  readonly bytes: number;
}

/** The real fetch, noting each PUT; `instead` may answer for one without sending it on. */
function recording(instead?: (put: PutSeen, n: number) => Promise<Response> | undefined): { fetch: Fetch; puts: PutSeen[] } {
  const puts: PutSeen[] = [];
  const wrapped: Fetch = (input, init) => {
    if (init?.method === 'PUT') {
      const headers = init.headers as Record<string, string>;
      const put = { offset: Number(headers['upload-offset']), bytes: (init.body as Uint8Array).length };
      puts.push(put);
      const answer = instead?.(put, puts.length);
      if (answer !== undefined) return answer;
    }
    return fetch(input, init);
  };
  return { fetch: wrapped, puts };
}

/** Each piece appears to take `ms`: the upload reads this clock before and after a piece. */
const pace = (ms: number): (() => number) => {
  let t = 0;
  return () => (t += ms);
};

const retryClock: RetryClock = { sleep: () => Promise.resolve(), random: () => 0.5, now: Date.now };

async function upload(data: Buffer, ctx: Partial<UploadContext> & Pick<UploadContext, 'chunkBytes'>, fetchImpl: Fetch) {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const outcome = await ensureUploaded({ http: new HttpClient(real.url, fetchImpl), token, clock: retryClock, ...ctx }, sha256, data);
  return { outcome, state: await real.server.ctx.blobs.state(sha256) };
}

const spans = (puts: readonly PutSeen[]) => puts.map((p) => [p.offset / MiB, p.bytes / MiB]);

describe('blob upload pieces', () => {
  it('the next piece carries what the last one’s pace carries in about two seconds, within the bounds', () => {
    expect(nextPieceBytes(MiB, 1_000, MiB, 8 * MiB)).toBe(2 * MiB);
    expect(nextPieceBytes(MiB, 10, MiB, 8 * MiB)).toBe(8 * MiB);
    expect(nextPieceBytes(MiB, 60_000, MiB, 8 * MiB)).toBe(MiB);
    expect(pieceSizes(256 * 1024)).toEqual({ chunkBytes: 256 * 1024, maxChunkBytes: 256 * 1024 });
    // The app (no fixed size) starts at the usual piece and may grow past it.
    const app = pieceSizes();
    expect(app.maxChunkBytes).toBeGreaterThan(app.chunkBytes);
  });

  it('on a fast link grows from the first piece to the largest, and the server holds the blob', async () => {
    const data = randomBytes(20 * MiB);
    const { fetch: f, puts } = recording();
    const { outcome, state } = await upload(data, { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(10) }, f);
    expect(spans(puts)).toEqual([[0, 1], [1, 8], [9, 8], [17, 3]]);
    expect([outcome, state]).toEqual([{ kind: 'uploaded', sentBytes: data.length }, { complete: true, offset: data.length }]);
  });

  it('on a slow link keeps every piece at the first size; in between it follows the pace', async () => {
    const slow = recording();
    await upload(randomBytes(3 * MiB), { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(60_000) }, slow.fetch);
    expect(spans(slow.puts)).toEqual([[0, 1], [1, 1], [2, 1]]);
    const steady = recording();
    await upload(randomBytes(7 * MiB), { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(1_000) }, steady.fetch);
    expect(spans(steady.puts)).toEqual([[0, 1], [1, 2], [3, 4]]);
  });

  it('without a largest size every piece is the first size, whatever the pace', async () => {
    const { fetch: f, puts } = recording();
    await upload(randomBytes(3 * MiB), { chunkBytes: MiB, elapsedMs: pace(10) }, f);
    expect(spans(puts)).toEqual([[0, 1], [1, 1], [2, 1]]);
  });

  it('a try that fails starts small again, from where the server stands', async () => {
    const data = randomBytes(12 * MiB);
    // The second PUT (the first large one) never gets through.
    const { fetch: f, puts } = recording((_put, n) => (n === 2 ? Promise.reject(new TypeError('fetch failed')) : undefined));
    const { outcome, state } = await upload(data, { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(10) }, f);
    expect(spans(puts)).toEqual([[0, 1], [1, 8], [1, 1], [2, 8], [10, 2]]);
    expect([outcome, state]).toEqual([{ kind: 'uploaded', sentBytes: data.length }, { complete: true, offset: data.length }]);
  });

  it('a proxy that refuses large bodies (413, not the server’s): the rest goes in first-size pieces', async () => {
    const data = randomBytes(6 * MiB);
    const proxy413 = () => Promise.resolve(new Response('<html><h1>413 Request Entity Too Large</h1></html>', { status: 413, headers: { 'content-type': 'text/html' } }));
    const { fetch: f, puts } = recording((put) => (put.bytes > 2 * MiB ? proxy413() : undefined));
    const { outcome, state } = await upload(data, { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(10) }, f);
    expect(spans(puts)).toEqual([[0, 1], [1, 5], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1]]);
    expect([outcome, state]).toEqual([{ kind: 'uploaded', sentBytes: data.length }, { complete: true, offset: data.length }]);
  });

  it('the server’s own 413 (blob over its limit) is still a refusal', async () => {
    const data = randomBytes(4 * MiB);
    const overLimit = () => Promise.resolve(Response.json({ code: 'blob_too_large', message: 'Berkas terlalu besar (maksimal 1 MB).' }, { status: 413 }));
    const { fetch: f, puts } = recording((put) => (put.bytes > MiB ? overLimit() : undefined));
    const error = await upload(data, { chunkBytes: MiB, maxChunkBytes: 8 * MiB, elapsedMs: pace(10) }, f).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'sync_upload_refused' });
    expect(spans(puts)).toEqual([[0, 1], [1, 3]]);
  });

  it('a piece times out after ten times what the known pace needs, never later than at field pace', () => {
    // Unknown pace (the first piece): field pace, 32 KiB/s, plus 30 s.
    expect(pieceTimeoutMs(4 * MiB)).toBe(30_000 + 128_000);
    // 64 MiB sized for a 32 MB/s link: about a minute, not the 35 minutes of field pace.
    expect(pieceTimeoutMs(64 * MiB, 32 * MiB / 1_000)).toBe(30_000 + 20_000);
    // A slow pace never stretches a piece beyond the field-pace allowance.
    expect(pieceTimeoutMs(4 * MiB, 1)).toBe(pieceTimeoutMs(4 * MiB));
  });

  it('a blob whose every byte reached the server before it was completed is completed by an empty PUT', async () => {
    // The server stopped between writing the last byte and renaming the file into place: HEAD
    // says 404 with the whole length.
    const data = randomBytes(MiB + 5);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await mkdir(path.join(real.server.blobDir, 'partial'), { recursive: true });
    await writeFile(path.join(real.server.blobDir, 'partial', sha256), data);
    expect(await real.server.ctx.blobs.state(sha256)).toEqual({ complete: false, offset: data.length });
    const { fetch: f, puts } = recording();
    const { outcome, state } = await upload(data, { chunkBytes: MiB, elapsedMs: pace(10) }, f);
    expect(puts).toEqual([{ offset: data.length, bytes: 0 }]);
    expect([outcome, state]).toEqual([{ kind: 'uploaded', sentBytes: 0 }, { complete: true, offset: data.length }]);
  });
});
