// The sync server of demo mode, run on this computer as a child process: electron/ may not import
// server/, so the app runs the server's own CLI (bundled into dist/server by scripts/build.ts)
// with node — or with Electron's binary as node — and talks to it over HTTP like to any server.
//
// Each start first runs `provision` (users and the assigned sample packets; what exists is left
// alone), then `serve` on 127.0.0.1 with PGlite in the given folder. The port chosen the first
// time is kept in `port.json` and asked for again, so the address the app signed in to stays
// the same; only when another program took it is a new one chosen. `--lifeline` ties the server
// to this process: if the app dies without stopping it, its stdin closes and it stops itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Failure } from '../../../common/contract';

/** How to run the server CLI: the program and the arguments before the server's own. */
export interface ServerLauncher {
  /** node, or Electron's binary (with ELECTRON_RUN_AS_NODE=1 in `env`). */
  readonly command: string;
  /** The CLI entry (dist/server/main.mjs), preceded by `--import tsx` when it is the source. */
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** The file that must exist for the launcher to work; checked before spawning. */
  readonly entry: string;
}

export interface EmbeddedServerOptions {
  /** The server's own folder (PGlite in `db/`, blobs, the lock, `port.json`). */
  readonly dataDir: string;
  readonly launcher: ServerLauncher;
  /** The document `provision` reads (users, packets); applied before each start. */
  readonly provision: unknown;
  /** How long to wait for the server to listen and answer its health route. */
  readonly startTimeoutMs?: number;
}

export interface EmbeddedServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** What `provision` did this start (empty when everything was in place). */
  readonly provisioned: readonly string[];
  /** Resolves with the exit code (null when ended by a signal). */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not ended after a while; resolves once it has ended. */
  stop(): Promise<void>;
}

export const embeddedServerMessages = {
  missingEntry: (entry: string) =>
    `Server demo tidak ditemukan (${entry}). Jalankan "npm run build" dari folder proyek, lalu coba lagi.`,
  provisionFailed: (detail: string) => `Server demo tidak dapat disiapkan: ${detail}`,
  startFailed: (detail: string) => `Server demo tidak dapat dijalankan: ${detail}`,
  timeout: 'Server demo tidak menjawab tepat waktu. Tutup aplikasi, lalu coba lagi.',
} as const;

const portFileSchema = z.object({ port: z.number().int().min(1).max(65_535) });
const listening = /^Server Verikop mendengarkan di (http:\/\/\S+)$/;
const STOP_GRACE_MS = 10_000;

function childEnv(launcher: ServerLauncher): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...launcher.env };
  // Always PGlite in the demo folder, whatever the person's shell says.
  delete env.DATABASE_URL;
  delete env.VERIKOP_DATA_DIR;
  return env;
}

/** How much of a child's stderr is kept: the server runs as long as the app, and only its end says why it stopped. */
export const STDERR_KEPT = 4_096;

/** `kept` followed by `chunk`, cut to the last STDERR_KEPT characters. */
export const keepTail = (kept: string, chunk: string): string => {
  const all = kept + chunk;
  return all.length > STDERR_KEPT ? all.slice(-STDERR_KEPT) : all;
};

/** The last lines a failed child wrote, enough to say why without flooding the message. */
const tail = (text: string): string => text.trim().split('\n').slice(-3).join(' ').slice(0, 600) || 'tidak ada keterangan';

function runProvision(options: EmbeddedServerOptions): Promise<string[]> {
  const { launcher } = options;
  const child = spawn(launcher.command, [...launcher.args, 'provision', '--data-dir', options.dataDir], {
    env: childEnv(launcher),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = keepTail(stderr, d)));
  child.stdin.end(JSON.stringify(options.provision));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      reject(new Failure('demo_server', embeddedServerMessages.provisionFailed(error.message)));
    });
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout.trim().split('\n').filter((l) => l !== '' && !l.startsWith('Tidak ada perubahan')));
      else reject(new Failure('demo_server', embeddedServerMessages.provisionFailed(tail(stderr))));
    });
  });
}

interface Spawned {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
}

class PortTaken extends Error {}

function spawnServe(options: EmbeddedServerOptions, port: number, timeoutMs: number): Promise<Spawned> {
  const { launcher } = options;
  const args = [...launcher.args, 'serve', '--data-dir', options.dataDir, '--host', '127.0.0.1', '--port', String(port), '--lifeline'];
  // stdin stays a pipe held by this process: the server's lifeline.
  const child = spawn(launcher.command, args, { env: childEnv(launcher), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = keepTail(stderr, d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code); }));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Failure('demo_server', embeddedServerMessages.timeout));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Failure('demo_server', embeddedServerMessages.startFailed(error.message)));
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const url = listening.exec(line)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ child, url, exited });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (/EADDRINUSE/.test(stderr)) reject(new PortTaken());
      else reject(new Failure('demo_server', embeddedServerMessages.startFailed(`keluar dengan kode ${String(code)}: ${tail(stderr)}`)));
    });
  });
}

/** Asks the health route until it answers 200, or the time is up. */
async function waitHealthy(url: string, deadline: number): Promise<void> {
  for (;;) {
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Failure('demo_server', embeddedServerMessages.timeout);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function storedPort(file: string): Promise<number> {
  try {
    const parsed = portFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.port : 0;
  } catch {
    return 0; // absent or unreadable: any free port will do
  }
}

async function storePort(file: string, port: number): Promise<void> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ port })}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

/** The address the server in `dataDir` had at its last start (its kept port), if it ever ran. */
export async function keptAddress(dataDir: string): Promise<string | undefined> {
  const port = await storedPort(path.join(dataDir, 'port.json'));
  return port === 0 ? undefined : `http://127.0.0.1:${String(port)}`;
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  if (!existsSync(options.launcher.entry)) throw new Failure('demo_unavailable', embeddedServerMessages.missingEntry(options.launcher.entry));
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const provisioned = await runProvision(options);

  const portFile = path.join(options.dataDir, 'port.json');
  const wanted = await storedPort(portFile);
  const serve = (port: number): Promise<Spawned> =>
    spawnServe(options, port, timeoutMs).catch((error: unknown) => {
      throw error instanceof PortTaken ? new Failure('demo_server', embeddedServerMessages.startFailed(`port ${String(port)} sudah dipakai`)) : error;
    });
  // The kept port first; if another program took it meanwhile, any free one.
  const spawned = await spawnServe(options, wanted, timeoutMs).catch((error: unknown) => {
    if (error instanceof PortTaken && wanted !== 0) return serve(0);
    throw error instanceof PortTaken ? new Failure('demo_server', embeddedServerMessages.startFailed('port sudah dipakai')) : error;
  });
  const { child, url, exited } = spawned;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  };
  try {
    await waitHealthy(url, Date.now() + timeoutMs);
    const port = Number(new URL(url).port);
    if (port !== wanted) await storePort(portFile, port);
    if (child.pid === undefined) throw new Failure('demo_server', embeddedServerMessages.startFailed('tanpa pid'));
    return { url, port, pid: child.pid, provisioned, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
