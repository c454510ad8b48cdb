// Runs the server as a child process (the same entry as `npm run server`), so that tests can
// kill it with SIGKILL mid-request and start it again on the same data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const entry = path.join(repoRoot, 'server', 'cli', 'main.ts');

export interface ChildServer {
  readonly url: string;
  /** The server's own pid (node runs the entry directly: no npm or tsx wrapper in between). */
  readonly pid: number;
  /** Resolves with the exit code (or null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ChildOptions {
  readonly dataDir: string;
  /** PostgreSQL instead of PGlite. */
  readonly databaseUrl?: string;
  readonly port?: number;
  /** Extra environment for the child (LOG_LEVEL, …). */
  readonly env?: Readonly<Record<string, string>>;
}

function childEnv(options: ChildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  if (options.databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = options.databaseUrl;
  return env;
}

function nodeArgs(args: readonly string[]): string[] {
  return ['--import', 'tsx', entry, ...args];
}

/** Starts `serve` and resolves once it prints where it listens. */
export function startChildServer(options: ChildOptions): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, nodeArgs(['serve', '--data-dir', options.dataDir, '--port', String(options.port ?? 0)]), {
    cwd: repoRoot,
    env: childEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code); }));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      const match = /^Server Verikop mendengarkan di (\S+)$/.exec(line);
      if (match?.[1] === undefined || child.pid === undefined) return;
      resolve({
        url: match[1],
        pid: child.pid,
        exited,
        stderr: () => stderr,
        kill: (signal = 'SIGKILL') => {
          child.kill(signal);
          return exited;
        },
      });
    });
    void exited.then((code) => {
      reject(new Error(`server exited (${String(code)}) before listening: ${stderr}`));
    });
  });
}

/** Runs one admin command to completion; `input` goes to its stdin (a password). */
export function runAdminCommand(options: ChildOptions, args: readonly string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, nodeArgs([...args, '--data-dir', options.dataDir]), { cwd: repoRoot, env: childEnv(options), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('exit', (code) => { resolve({ code, stdout, stderr }); }));
}
