// The sync server for the sync benchmark, in its own process (so the load generator does not
// share its event loop): the production composition (startServer: PGlite in the data directory,
// or PostgreSQL by DATABASE_URL), seeded with verifiers and applications assigned to them, and
// next to it a bare node:http server that only writes PUT bodies to a file — the reference
// for blob uploads, on the same disk and in the same process.
// `node --import tsx tests/bench/sync-server.ts <dataDir> <verifiers> <appsPerVerifier>`;
// prints one JSON line (SyncBenchServerInfo), runs until SIGTERM.
import { createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { importApplication, parseApplication } from '../../server/applications/intake';
import { createUser } from '../../server/auth/users';
import { BlobStore } from '../../server/blobs/store';
import { startServer } from '../../server/start';
import { TEST_PASSWORD, TEST_SCRYPT } from '../../server/testing/harness';
import { sampleWithDocuments } from '../../server/testing/samples';

export interface SyncBenchServerInfo {
  readonly url: string;
  /** PUT `${rawUrl}/<name>` stores the body as a file; `?fsync=1` makes it durable first. */
  readonly rawUrl: string;
  readonly supervisorToken: string;
  readonly verifiers: readonly { readonly token: string; readonly applications: readonly string[] }[];
}

const [dataDir, verifierArg, appsArg] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: sync-server.ts <dataDir> <verifiers> <appsPerVerifier>');
const verifierCount = Number(verifierArg ?? '1');
const appsPerVerifier = Number(appsArg ?? '1');

const server = await startServer({
  dataDir,
  databaseUrl: process.env.DATABASE_URL,
  host: '127.0.0.1',
  port: 0,
  // Cheap password hashing: the benchmark logs in a few dozen users, it does not measure login.
  scrypt: TEST_SCRYPT,
});
const { db } = server.storage;
const now = new Date();
const blobs = new BlobStore(server.storage.blobDir, db, () => now);

async function login(username: string): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password: TEST_PASSWORD } });
  const token = response.json<{ token?: string }>().token;
  if (token === undefined) throw new Error(`login ${username}: ${response.body}`);
  return token;
}

await createUser(db, { username: 'ketua', displayName: 'Ketua Tim', role: 'supervisor', password: TEST_PASSWORD }, now, TEST_SCRYPT);
const verifiers: { token: string; applications: string[] }[] = [];
for (let v = 0; v < verifierCount; v++) {
  const username = `verifikator${String(v + 1)}`;
  await createUser(db, { username, displayName: `Verifikator ${String(v + 1)}`, role: 'verifier', password: TEST_PASSWORD }, now, TEST_SCRYPT);
  const applications: string[] = [];
  for (let a = 0; a < appsPerVerifier; a++) {
    const id = `bench-${String(v + 1)}-${String(a + 1)}`;
    const { input, files } = sampleWithDocuments(id);
    for (const bytes of files) await blobs.put(bytes);
    await importApplication(db, parseApplication(input), username, now);
    applications.push(id);
  }
  verifiers.push({ token: await login(username), applications });
}

const rawDir = path.join(server.storage.dataDir, 'raw-put');
await mkdir(rawDir, { recursive: true });
const raw = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = path.join(rawDir, path.basename(url.pathname));
  const store = async (): Promise<void> => {
    await pipeline(request, createWriteStream(file));
    if (url.searchParams.get('fsync') === '1') {
      const handle = await open(file, 'r');
      await handle.sync();
      await handle.close();
    }
  };
  store().then(
    () => response.writeHead(201).end(),
    (error: unknown) => response.writeHead(500).end(String(error)),
  );
});
await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
const address = raw.address();
if (address === null || typeof address === 'string') throw new Error('raw PUT server has no port');

const info: SyncBenchServerInfo = { url: server.url, rawUrl: `http://127.0.0.1:${String(address.port)}/raw`, supervisorToken: await login('ketua'), verifiers };
console.log(JSON.stringify(info));

process.once('SIGTERM', () => {
  raw.close();
  void server.close().then(() => process.exit(0));
});
