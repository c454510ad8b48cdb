// Starts the built web host as a child process and waits for the line with its URL. The child is
// node itself (no npx or shell in between), so its pid is the host's own and killing it stops
// the host.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { webHostEntry } from '../../scripts/web';

export interface RunningHost {
  readonly child: ChildProcess;
  readonly pid: number;
  /** `http://127.0.0.1:PORT/?k=SECRET` as printed by the host. */
  readonly launchUrl: string;
  readonly origin: string;
}

const urlLine = /^Verikop web host: (http:\/\/\S+)$/;

export function startHostProcess(args: readonly string[]): Promise<RunningHost> {
  const child = spawn(process.execPath, [webHostEntry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const { stdout, stderr } = child;
  let errors = '';
  stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => {
      const match = urlLine.exec(line);
      if (match?.[1] === undefined || child.pid === undefined) return;
      const launchUrl = match[1];
      resolve({ child, pid: child.pid, launchUrl, origin: new URL(launchUrl).origin });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      reject(new Error(`web host exited (${String(code)}) before printing its URL:\n${errors}`));
    });
  });
}

/** SIGTERM, then wait for the exit (the host closes its connections and services first). */
export function stopHostProcess(host: RunningHost): Promise<void> {
  if (host.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    host.child.once('exit', () => {
      resolve();
    });
    process.kill(host.pid, 'SIGTERM');
  });
}
