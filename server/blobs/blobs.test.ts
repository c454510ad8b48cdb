// Blob uploads over real sockets on loopback: resume after a cut connection sends only what had
// not arrived; hashes are checked; content is stored once.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '../../common/contract/http';
import { databaseTargets } from '../testing/databases';
import { startTestServer, userWithToken, type TestServer } from '../testing/harness';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface Sent {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

const codeOf = (sent: Sent): string => errorSchema.parse(JSON.parse(sent.body)).code;

function put(base: string, token: string, digest: string, offset: number, total: number, chunk: Buffer): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/blobs/${digest}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
        'upload-length': String(total),
        'content-length': String(chunk.length),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body, headers: res.headers }); });
    });
    req.on('error', reject);
    req.end(chunk);
  });
}

async function head(base: string, token: string, digest: string): Promise<{ status: number; offset: number }> {
  const r = await fetch(`${base}/blobs/${digest}`, { method: 'HEAD', headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, offset: Number(r.headers.get('upload-offset')) };
}

/** Sends the first `cut` bytes of a PUT for all of `data`, then destroys the socket. */
function putAndCut(base: string, token: string, digest: string, data: Buffer, cut: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(`${base}/blobs/${digest}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
        'upload-length': String(data.length),
        'content-length': String(data.length),
      },
    });
    req.on('error', () => { resolve(); });
    req.write(data.subarray(0, cut), () => {
      // Let the bytes reach the server before the connection dies.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
  });
}

/** Polls until the server reports the same partial offset twice and no upload is running. */
async function settledOffset(base: string, token: string, digest: string): Promise<number> {
  let last = -1;
  for (let i = 0; i < 100; i += 1) {
    const { offset } = await head(base, token, digest);
    if (offset === last) return offset;
    last = offset;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`blob uploads on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    let server: TestServer;
    let base: string;
    let token: string;

    beforeAll(async () => {
      server = await startTestServer({ db: await target.open(), listen: true, maxBlobBytes: 4 * 1024 * 1024 });
      base = server.url ?? '';
      token = (await userWithToken(server, 'siti', 'verifier')).token;
    });
    afterAll(async () => {
      await server.close();
      await server.db.close();
      await target.dispose();
    });

    it('resumes a cut upload from where the server stands, sending only the rest', async () => {
      const data = randomBytes(2 * 1024 * 1024);
      const digest = sha(data);
      expect(await head(base, token, digest)).toEqual({ status: 404, offset: 0 });
      await putAndCut(base, token, digest, data, 700 * 1024);
      const offset = await settledOffset(base, token, digest);
      expect(offset).toBeGreaterThan(0);
      expect(offset).toBeLessThan(data.length);

      let resumed: Sent | undefined;
      for (let attempt = 0; attempt < 50; attempt += 1) {
        resumed = await put(base, token, digest, offset, data.length, data.subarray(offset));
        if (resumed.status !== 409) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(resumed?.status, resumed?.body).toBe(201);
      expect(JSON.parse(resumed?.body ?? '{}')).toEqual({ sha256: digest, offset: data.length, complete: true });
      expect(await head(base, token, digest)).toEqual({ status: 200, offset: data.length });
      const stored = await readFile(path.join(server.blobDir, 'objects', digest.slice(0, 2), digest));
      expect(stored.equals(data)).toBe(true);
      expect(await readdir(path.join(server.blobDir, 'partial'))).toEqual([]);
    });

    it('accepts an upload in chunks, answering the offset after each', async () => {
      const data = randomBytes(300_000);
      const digest = sha(data);
      const first = await put(base, token, digest, 0, data.length, data.subarray(0, 100_000));
      expect([first.status, first.headers['upload-offset']]).toEqual([202, '100000']);
      const wrong = await put(base, token, digest, 50_000, data.length, data.subarray(50_000));
      expect(wrong.status).toBe(409);
      expect(JSON.parse(wrong.body)).toMatchObject({ code: 'upload_offset_mismatch', offset: 100_000 });
      expect((await put(base, token, digest, 100_000, data.length, data.subarray(100_000))).status).toBe(201);
    });

    it('stores identical content once and answers 200 to a second upload', async () => {
      const data = Buffer.from('foto lokasi KCP, Jl. Brigjend Katamso');
      const digest = sha(data);
      expect((await put(base, token, digest, 0, data.length, data)).status).toBe(201);
      const again = await put(base, token, digest, 0, data.length, data);
      expect([again.status, JSON.parse(again.body)]).toEqual([200, { sha256: digest, offset: data.length, complete: true }]);
      const { rows } = await server.db.query('SELECT sha256 FROM blobs WHERE sha256 = $1', [digest]);
      expect(rows).toHaveLength(1);
    });

    it('refuses bytes that do not match their SHA-256 and keeps nothing of them', async () => {
      const data = Buffer.from('isi yang sebenarnya');
      const claimed = sha(Buffer.from('isi lain'));
      const response = await put(base, token, claimed, 0, data.length, data);
      expect([response.status, codeOf(response)]).toEqual([422, 'hash_mismatch']);
      expect(await head(base, token, claimed)).toEqual({ status: 404, offset: 0 });
    });

    it('refuses more bytes than declared, blobs over the limit, and bad headers', async () => {
      const data = Buffer.from('0123456789');
      const digest = sha(data);
      expect((await put(base, token, digest, 0, 5, data)).status).toBe(400);
      expect(await head(base, token, digest)).toEqual({ status: 404, offset: 0 });
      const big = await put(base, token, sha(Buffer.from('x')), 0, 5 * 1024 * 1024, Buffer.from('x'));
      expect([big.status, codeOf(big)]).toEqual([413, 'blob_too_large']);
      const bad = await put(base, token, digest, -1, 10, data);
      expect(bad.status).toBe(400);
    });
  });
}
