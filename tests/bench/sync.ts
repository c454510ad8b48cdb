// 6. Sync: push and pull of 10,000 operations, a blob upload against a raw HTTP PUT of the same
// bytes, and 100 clients pushing and pulling at once for a fixed time — each on PGlite and on a
// throwaway PostgreSQL. The server runs in its own process (sync-server.ts); requests go through
// main's HttpClient and the route table, as the app sends them. Lost and duplicated operations
// are counted by reading the whole log back from the server afterwards, not assumed.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { blobHeaders, blobRoutes, MAX_PUSH_OPERATIONS, pushResponseSchema, syncRoutes, uploadStatusSchema } from '../../common/contract/http';
import type { OperationAnswer } from '../../common/sync/answer';
import { pullPageSchema, type PullPage } from '../../common/sync/pull';
import { bodyOf, expectStatus, HttpClient } from '../../electron/services/sync/http-client';
import { realClock } from '../../electron/services/sync/retry';
import { DEFAULT_CHUNK_BYTES, ensureUploaded, MAX_CHUNK_BYTES, pieceSizes } from '../../electron/services/sync/uploads';
import { postgresUnavailableReason, startThrowawayPostgres, type ThrowawayPostgres } from '../../server/testing/postgres';
import { benchDir, fmt, MB, median, percentile, repoRoot, scratch, type BenchContext, type Row, type Section, type TargetCheck } from './lib';
import type { SyncBenchServerInfo } from './sync-server';

const OPERATIONS = 10_000;
const PULL_LIMIT = 500;
const BLOB_BYTES = 50 * MB;
const CLIENTS = 100;
const DEVICES_PER_VERIFIER = 5;
/** Operations per push of a concurrent client: an autosave burst, not a bulk import. */
const CLIENT_BATCH = 10;
const LOAD_SECONDS = Number(process.env.BENCH_SYNC_SECONDS ?? 15);

interface BenchServer {
  readonly info: SyncBenchServerInfo;
  stop(): Promise<void>;
}

/** Starts sync-server.ts with `verifiers` verifiers of `apps` applications each. */
function startServer(dataDir: string, verifiers: number, apps: number, databaseUrl: string | undefined): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  if (databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = databaseUrl;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, 'sync-server.ts'), dataDir, String(verifiers), String(apps)], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout ?? process.stdin }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      resolve({
        info: JSON.parse(line) as SyncBenchServerInfo,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then(() => { reject(new Error(`bench sync server exited before listening: ${stderr}`)); });
  });
}

const auditNote = (applicationId: string, n: number) => ({
  id: randomUUID(),
  type: 'audit.note',
  applicationId,
  action: 'document.opened',
  recordType: 'document',
  recordId: `dokumen-${String(n)}`,
});

async function push(http: HttpClient, token: string, clientId: string, operations: readonly { id: string }[]): Promise<readonly OperationAnswer[]> {
  const answer = await http.send(syncRoutes.push, { json: { clientId, operations }, token, timeoutMs: 120_000 });
  expectStatus(answer, [200]);
  return bodyOf(syncRoutes.push, answer, pushResponseSchema).answers;
}

async function pull(http: HttpClient, token: string, after: number): Promise<PullPage> {
  const answer = await http.send(syncRoutes.pull, { query: { after, limit: PULL_LIMIT }, token, timeoutMs: 120_000 });
  expectStatus(answer, [200]);
  return bodyOf(syncRoutes.pull, answer, pullPageSchema);
}

/** 10,000 audit notes pushed in batches of 200 by one client, then pulled back in pages of 500. */
async function pushPull(info: SyncBenchServerInfo, runs: number): Promise<{ push: number[]; pull: number[] }> {
  const http = new HttpClient(info.url);
  const verifier = info.verifiers.at(-1);
  const applicationId = verifier?.applications[0];
  if (verifier === undefined || applicationId === undefined) throw new Error('no verifier for the push benchmark');
  const rates = { push: [] as number[], pull: [] as number[] };
  for (let r = 0; r < runs; r++) {
    const clientId = randomUUID();
    const operations = Array.from({ length: OPERATIONS }, (_, i) => auditNote(applicationId, i));
    let firstSeq = Infinity;
    const pushStart = performance.now();
    for (let i = 0; i < operations.length; i += MAX_PUSH_OPERATIONS) {
      for (const a of await push(http, verifier.token, clientId, operations.slice(i, i + MAX_PUSH_OPERATIONS))) {
        if (a.status !== 'accepted') throw new Error(`push benchmark: operation ${a.opId} answered ${a.status}`);
        firstSeq = Math.min(firstSeq, a.seq);
      }
    }
    rates.push.push(OPERATIONS / ((performance.now() - pushStart) / 1000));

    const pullStart = performance.now();
    let after = firstSeq - 1;
    let pulled = 0;
    for (;;) {
      const page = await pull(http, verifier.token, after);
      pulled += page.entries.length;
      after = page.cursor;
      if (!page.hasMore) break;
    }
    rates.pull.push(pulled / ((performance.now() - pullStart) / 1000));
    if (pulled !== OPERATIONS) throw new Error(`pull benchmark: ${String(pulled)} entries for ${String(OPERATIONS)} operations`);
  }
  return rates;
}

/** Throughput in MB/s of one upload of fresh random bytes. */
async function uploadRate(work: (bytes: Uint8Array<ArrayBuffer>, sha256: string) => Promise<void>): Promise<number> {
  const bytes = randomBytes(BLOB_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const start = performance.now();
  await work(bytes, sha256);
  return BLOB_BYTES / MB / ((performance.now() - start) / 1000);
}

async function blobUploads(info: SyncBenchServerInfo, runs: number): Promise<Record<'ours' | 'single' | 'raw' | 'rawSync' | 'oursPuts', number[]>> {
  const http = new HttpClient(info.url);
  const token = info.verifiers[0]?.token ?? '';
  // oursPuts: PUT requests per upload of ours (the pieces the pace gave), not a rate.
  const rates = { ours: [] as number[], single: [] as number[], raw: [] as number[], rawSync: [] as number[], oursPuts: [] as number[] };
  const rawPut = (query: string) => async (bytes: Uint8Array<ArrayBuffer>) => {
    const response = await fetch(`${info.rawUrl}/${randomUUID()}${query}`, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
    if (response.status !== 201) throw new Error(`raw PUT answered ${String(response.status)}`);
    await response.arrayBuffer();
  };
  for (let r = 0; r < runs; r++) {
    rates.raw.push(await uploadRate(rawPut('')));
    rates.ours.push(
      await uploadRate(async (bytes, sha256) => {
        let puts = 0;
        // Piece sizes as the app's sync service uses them.
        const outcome = await ensureUploaded({ http, token, clock: realClock, ...pieceSizes(), onSent: () => (puts += 1) }, sha256, bytes);
        if (outcome.kind !== 'uploaded') throw new Error('blob was already on the server');
        rates.oursPuts.push(puts);
      }),
    );
    rates.single.push(
      await uploadRate(async (bytes, sha256) => {
        const answer = await http.send(blobRoutes.uploadBlob, {
          params: { sha256 },
          token,
          bytes,
          headers: { [blobHeaders.offset]: '0', [blobHeaders.length]: String(bytes.length) },
          timeoutMs: 120_000,
        });
        expectStatus(answer, [201]);
        if (!bodyOf(blobRoutes.uploadBlob, answer, uploadStatusSchema).complete) throw new Error('single PUT did not complete the blob');
      }),
    );
    rates.rawSync.push(await uploadRate(rawPut('?fsync=1')));
  }
  return rates;
}

interface LoadResult {
  readonly seconds: number;
  readonly accepted: number;
  readonly notAccepted: number;
  readonly resends: number;
  readonly pulledEntries: number;
  readonly pushMs: number[];
  readonly pullMs: number[];
  /** From the whole log read back as the supervisor. */
  readonly lost: number;
  readonly duplicated: number;
  readonly seqMismatch: number;
  /** From each client's own pulls: its accepted operations it never saw, or saw twice. */
  readonly clientLost: number;
  readonly clientDuplicated: number;
}

/** A transient failure (timeout, overload) is answered by resending the same batch, as main does. */
async function withResend<T>(work: () => Promise<T>, onResend: () => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 5) throw error;
      onResend();
      await realClock.sleep(200 * attempt);
    }
  }
}

/**
 * CLIENTS devices (DEVICES_PER_VERIFIER per verifier, each on its own application) alternate a
 * push of CLIENT_BATCH audit notes and a pull to the end of the log, until LOAD_SECONDS pass.
 */
async function concurrentClients(info: SyncBenchServerInfo): Promise<LoadResult> {
  const http = new HttpClient(info.url);
  const accepted = new Map<string, number>();
  const pushMs: number[] = [];
  const pullMs: number[] = [];
  let notAccepted = 0;
  let resends = 0;
  let pulledEntries = 0;
  let clientLost = 0;
  let clientDuplicated = 0;
  const devices = Array.from({ length: CLIENTS }, (_, i) => {
    const verifier = info.verifiers[Math.floor(i / DEVICES_PER_VERIFIER)];
    const applicationId = verifier?.applications[i % DEVICES_PER_VERIFIER];
    if (verifier === undefined || applicationId === undefined) throw new Error('not enough verifiers for the clients');
    return { token: verifier.token, applicationId, clientId: randomUUID() };
  });
  const start = performance.now();
  const deadline = start + LOAD_SECONDS * 1000;
  await Promise.all(
    devices.map(async (device) => {
      const mine = new Set<string>();
      const seen = new Map<string, number>();
      let after = 0;
      let n = 0;
      const pullToEnd = async (): Promise<void> => {
        for (;;) {
          const t = performance.now();
          const page = await withResend(() => pull(http, device.token, after), () => (resends += 1));
          pullMs.push(performance.now() - t);
          pulledEntries += page.entries.length;
          for (const e of page.entries) if (mine.has(e.opId)) seen.set(e.opId, (seen.get(e.opId) ?? 0) + 1);
          after = page.cursor;
          if (!page.hasMore) return;
        }
      };
      while (performance.now() < deadline) {
        const batch = Array.from({ length: CLIENT_BATCH }, () => auditNote(device.applicationId, (n += 1)));
        const t = performance.now();
        const answers = await withResend(() => push(http, device.token, device.clientId, batch), () => (resends += 1));
        pushMs.push(performance.now() - t);
        for (const a of answers) {
          if (a.status === 'accepted') {
            accepted.set(a.opId, a.seq);
            mine.add(a.opId);
          } else notAccepted += 1;
        }
        await pullToEnd();
      }
      for (const id of mine) {
        const times = seen.get(id) ?? 0;
        if (times === 0) clientLost += 1;
        if (times > 1) clientDuplicated += times - 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;

  // Read the server back: the supervisor sees every entry of every application.
  const inLog = new Map<string, number[]>();
  let after = 0;
  for (;;) {
    const page = await pull(http, info.supervisorToken, after);
    for (const e of page.entries) inLog.set(e.opId, [...(inLog.get(e.opId) ?? []), e.seq]);
    after = page.cursor;
    if (!page.hasMore) break;
  }
  let lost = 0;
  let duplicated = 0;
  let seqMismatch = 0;
  for (const [id, seq] of accepted) {
    const seqs = inLog.get(id) ?? [];
    if (seqs.length === 0) lost += 1;
    if (seqs.length > 1) duplicated += seqs.length - 1;
    if (seqs.length > 0 && !seqs.includes(seq)) seqMismatch += 1;
  }
  return { seconds, accepted: accepted.size, notAccepted, resends, pulledEntries, pushMs, pullMs, lost, duplicated, seqMismatch, clientLost, clientDuplicated };
}

interface EngineResult {
  readonly name: 'PGlite' | 'PostgreSQL';
  readonly push: number[];
  readonly pull: number[];
  readonly load: LoadResult;
}

async function onEngine(ctx: BenchContext, name: EngineResult['name'], databaseUrl: string | undefined, runs: number): Promise<{ engine: EngineResult; blobs?: Awaited<ReturnType<typeof blobUploads>> }> {
  const dir = await scratch(ctx, `sync-${name.toLowerCase()}`);
  // One verifier per DEVICES_PER_VERIFIER clients, plus one more only for the 10,000-operation run.
  const server = await startServer(dir, CLIENTS / DEVICES_PER_VERIFIER + 1, DEVICES_PER_VERIFIER, databaseUrl);
  try {
    const rates = await pushPull(server.info, runs);
    const load = await concurrentClients(server.info);
    // Blobs live on disk either way; measured once, next to the PGlite server.
    const blobs = name === 'PGlite' ? await blobUploads(server.info, runs) : undefined;
    return { engine: { name, ...rates, load }, ...(blobs === undefined ? {} : { blobs }) };
  } finally {
    await server.stop();
  }
}

function loadRows(e: EngineResult): Row[] {
  const l = e.load;
  return [
    { name: `${e.name}: 100 clients, operations accepted`, unit: 'op/s', samples: [l.accepted / l.seconds] },
    { name: `${e.name}: 100 clients, entries pulled`, unit: 'entries/s', samples: [l.pulledEntries / l.seconds] },
    { name: `${e.name}: push latency (all requests; median = p50)`, unit: 'ms', samples: l.pushMs },
    { name: `${e.name}: push latency p99`, unit: 'ms', samples: [percentile(l.pushMs, 99)] },
    { name: `${e.name}: pull latency (all requests; median = p50)`, unit: 'ms', samples: l.pullMs },
    { name: `${e.name}: pull latency p99`, unit: 'ms', samples: [percentile(l.pullMs, 99)] },
    { name: `${e.name}: lost / duplicated / wrong seq (server log)`, unit: 'operations', samples: [l.lost + l.duplicated + l.seqMismatch] },
  ];
}

function loadNote(e: EngineResult): string {
  const l = e.load;
  return `${e.name}, 100 clients for ${fmt(l.seconds)} s: ${String(l.accepted)} operations accepted (${String(l.notAccepted)} not accepted, ${String(l.resends)} requests resent after a timeout or overload); read back from the server log: ${String(l.lost)} lost, ${String(l.duplicated)} duplicated, ${String(l.seqMismatch)} with another seq than answered; seen in each client's own pulls: ${String(l.clientLost)} missing, ${String(l.clientDuplicated)} twice. Push p50 ${fmt(median(l.pushMs), 0)} ms, p99 ${fmt(percentile(l.pushMs, 99), 0)} ms; pull p50 ${fmt(median(l.pullMs), 0)} ms, p99 ${fmt(percentile(l.pullMs, 99), 0)} ms.`;
}

export async function syncBench(ctx: BenchContext): Promise<Section> {
  const runs = Math.min(3, ctx.runs);
  const engines: EngineResult[] = [];
  const pglite = await onEngine(ctx, 'PGlite', undefined, runs);
  engines.push(pglite.engine);
  const blobs = pglite.blobs;
  const pgReason = postgresUnavailableReason();
  let cluster: ThrowawayPostgres | undefined;
  if (pgReason === undefined) {
    try {
      cluster = await startThrowawayPostgres();
      engines.push((await onEngine(ctx, 'PostgreSQL', await cluster.createDatabase(), runs)).engine);
    } finally {
      await cluster?.stop();
    }
  }

  const rows: Row[] = [];
  for (const e of engines) {
    rows.push(
      { name: `${e.name}: push 10,000 operations`, unit: 'op/s', samples: e.push },
      { name: `${e.name}: pull 10,000 operations`, unit: 'op/s', samples: e.pull },
    );
  }
  if (blobs !== undefined) {
    rows.push(
      { name: 'blob upload, ours (HEAD + paced PUTs)', unit: 'MB/s', samples: blobs.ours, reference: 'raw HTTP PUT' },
      { name: 'blob upload, ours in one PUT', unit: 'MB/s', samples: blobs.single, reference: 'raw HTTP PUT' },
      { name: 'raw HTTP PUT', unit: 'MB/s', samples: blobs.raw },
      { name: 'raw HTTP PUT + fsync', unit: 'MB/s', samples: blobs.rawSync, reference: 'raw HTTP PUT' },
    );
  }
  for (const e of engines) rows.push(...loadRows(e));

  const blobRatio = blobs === undefined ? NaN : median(blobs.ours) / median(blobs.raw);
  const targets: TargetCheck[] = [{ target: 'sync blob upload ≥ 0.8× raw PUT', measured: `${fmt(blobRatio, 2)}× (50 MB, client upload path)`, met: blobRatio >= 0.8 }];
  for (const e of engines) {
    const bad = e.load.lost + e.load.duplicated + e.load.seqMismatch + e.load.clientLost + e.load.clientDuplicated;
    targets.push({ target: `100 clients: zero lost/duplicated operations (${e.name})`, measured: `${String(e.load.lost)} lost, ${String(e.load.duplicated)} duplicated of ${String(e.load.accepted)} accepted`, met: bad === 0 });
  }
  if (pgReason !== undefined) targets.push({ target: '100 clients: zero lost/duplicated operations (PostgreSQL)', measured: `not measured: ${pgReason}`, met: undefined });

  return {
    title: '6. Sync: push/pull of 10,000 operations, blob upload, 100 concurrent clients',
    method: [
      'The server runs in its own Node process (tests/bench/sync-server.ts: `startServer` as `npm run server` composes it, PGlite in a fresh data directory, or a fresh database on a throwaway PostgreSQL 15 from server/testing/postgres.ts with fsync off), seeded with 21 verifiers and 5 applications each. The load generator is this process, using main\'s HttpClient and the contract\'s route table (bodies checked against the schemas, as the app does).',
      `Push/pull: one client pushes ${OPERATIONS.toLocaleString('en')} audit notes (\`audit.note\`, each judged, audit-chained and logged by the server) in batches of ${String(MAX_PUSH_OPERATIONS)}, one after another; then pulls them back in pages of ${String(PULL_LIMIT)}. Every answer must be \`accepted\` and the pull must return exactly ${OPERATIONS.toLocaleString('en')} entries. ${String(runs)} runs per engine.`,
      `Blob upload (on the PGlite server; blobs are files either way): ${String(BLOB_BYTES / MB)} MB of fresh random bytes per run. **ours**: main's \`ensureUploaded\` with the sync service's piece sizes (HEAD, then PUTs with Upload-Offset: the first of ${String(DEFAULT_CHUNK_BYTES / 2 ** 20)} MiB, each next one what the last one's pace carries in about 2 s, up to ${String(MAX_CHUNK_BYTES / 2 ** 20)} MiB; the server appends each chunk and adds it to a running SHA-256, keeps that hash between requests, and on the last byte fsyncs, compares the hash, renames, fsyncs the folder, records the row). **ours in one PUT**: the same route with the whole blob in one request. **raw HTTP PUT**: a bare node:http server in the same server process that streams the body to a file on the same disk (no hash, no fsync); **+ fsync**: the same, then fsync. ${String(runs)} runs, in that order each time.`,
      `Concurrency: ${String(CLIENTS)} clients (${String(DEVICES_PER_VERIFIER)} devices per verifier, each on its own application) each loop for ${String(LOAD_SECONDS)} s: push ${String(CLIENT_BATCH)} audit notes, then pull to the end of the log from its cursor. A request that fails (timeout, 5xx) is resent unchanged, as main does. Afterwards the supervisor pulls the whole log and every accepted operation id is looked up: **lost** = accepted but not in the log, **duplicated** = in the log more than once, **wrong seq** = logged under another seq than answered; each client also counts its own accepted operations in its own pulls. One run per engine; latencies are per request.`,
    ],
    rows,
    targets,
    notes: [
      ...engines.map(loadNote),
      'Push is judged one operation at a time inside one database transaction per batch (receipt lookup, replica read, audit chain, log entry, replica write), so it is bound by the database round trips per operation; PGlite runs in the server\'s own thread (WASM), so pushes and pulls of all clients are serialised through it, while PostgreSQL works in its own processes. That is also where the PGlite latency tail comes from: with 100 clients, a push can wait behind many others for the one database thread (p99 in seconds), although none is lost or repeated. Pull is a range read of the log filtered by audience.',
      blobs === undefined
        ? ''
        : `Blob upload is at ${fmt(blobRatio, 2)}× a raw PUT (one PUT of the whole blob: ${fmt(median(blobs.single) / median(blobs.raw), 2)}×). Ours sent ${blobs.oursPuts.map(String).join(', ')} PUTs (per run) plus a HEAD: after the first ${String(DEFAULT_CHUNK_BYTES / 2 ** 20)} MiB piece, each is sized by the pace of the one before, so on loopback the next ones are large; a field connection (~32 KiB/s) stays at ${String(DEFAULT_CHUNK_BYTES / 2 ** 20)} MiB, and every retry starts at that size again. Each request is authenticated and looked up in the database (session, blob state). The SHA-256 is computed as the bytes reach the file, so completion no longer reads the file back (only a resume after a restart, or of a file changed meanwhile, hashes the prefix from disk). What remains against the raw PUT is what a verified, durable store must do: the hash itself (CPU in the server's one thread), the fsync of the file and of the folder (the "+ fsync" row; the raw PUT makes no fsync), the extra request and the database row. The "+ fsync" reference is noisy on this shared disk and can come out faster than the plain PUT.`,
      pgReason === undefined ? '' : `PostgreSQL was not measured: ${pgReason}.`,
    ].filter((n) => n !== ''),
  };
}
