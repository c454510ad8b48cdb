// The web host's start when demo mode cannot come back: a real host process (from source) on a
// data folder where demo mode was chosen earlier, with the demo server's PGlite folder held by
// another live process. Without --demo the host says why and serves the app anyway; with --demo
// (the person asked for the demo) it stops and says why.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, dispatch } from '../../common/contract';
import { createAppServices } from '../services/app-services';
import { demoServerDirFor, type ServerLauncher } from '../services/demo';

const repo = path.resolve(import.meta.dirname, '../..');
const serverEntry = path.join(repo, 'server', 'cli', 'main.ts');
const launcher: ServerLauncher = { command: process.execPath, args: ['--import', 'tsx', serverEntry], entry: serverEntry };
const hostEntry = path.join(repo, 'electron', 'web-host', 'index.ts');

interface HostRun {
  /** The launch URL, when the host got as far as printing it. */
  readonly url: string | undefined;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the host until it prints its URL (then stops it) or exits by itself. */
function runHost(args: readonly string[]): Promise<HostRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', hostEntry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let url: string | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^Verikop web host: (http:\/\/\S+)$/.exec(line);
    if (match?.[1] === undefined) return;
    url = match[1];
    child.kill('SIGTERM');
  });
  return new Promise((resolve) => child.once('exit', (code) => { resolve({ url, code, stderr }); }));
}

describe('web host start when demo mode cannot resume', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-host-demo-'));
    // Demo mode chosen in an earlier run: signed in to the demo server at its kept address.
    const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', demoServer: launcher });
    try {
      const answer = await dispatch(calls, services.handlers, 'app.startDemo', { signInAs: 'verifier' });
      expect(answer.ok).toBe(true);
    } finally {
      await services.close();
    }
    // The demo server's data folder held by a live process (this one), as another host would hold it.
    await writeFile(path.join(demoServerDirFor(dataDir), 'server.lock'), `${String(process.pid)}\n`);
  }, 180_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('without --demo: says why in Indonesian and serves the app anyway', async () => {
    const run = await runHost(['--port', '0', '--data-dir', dataDir]);
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=/);
    expect(run.stderr).toContain('Mode demo tidak dapat dilanjutkan');
    expect(run.stderr).toContain('sedang dipakai');
  }, 120_000);

  it('with --demo: stops and says why', async () => {
    const run = await runHost(['--demo', '--port', '0', '--data-dir', dataDir]);
    expect(run).toMatchObject({ url: undefined, code: 1 });
    expect(run.stderr).toContain('sedang dipakai');
  }, 120_000);
});
