// Before the end-to-end tests: build if dist/ is missing or stale, then start one web host on a
// random port with a throw-away data folder. Its address reaches the tests through the
// environment (workers start after this and inherit it); the returned function is the teardown.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/web';
import { hostEnv } from './host';
import { startHostProcess, stopHostProcess } from './web-host-process';

export default async function globalSetup(): Promise<() => Promise<void>> {
  await ensureBuilt();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-e2e-'));
  const host = await startHostProcess(['--port', '0', '--data-dir', dataDir]);
  process.env[hostEnv.launchUrl] = host.launchUrl;
  process.env[hostEnv.dataDir] = dataDir;
  return async () => {
    await stopHostProcess(host);
    await rm(dataDir, { recursive: true, force: true });
  };
}
