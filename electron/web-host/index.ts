// Entry point of the web host (`npm run web`): the app's services behind HTTP on loopback, so the
// renderer runs in any Chromium for preview and end-to-end tests. Prints one line with the URL
// to open; stops cleanly on Ctrl+C or SIGTERM. With `--demo` it first starts demo mode (see
// electron/services/demo): demo certificates and sample packets seeded into the data folder, the
// demo CA trusted and named in generated documents, and the embedded sync server with the demo
// verifier and supervisor and the sample applications assigned to the verifier.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices, type HostInfo } from '../services/app-services';
import { isFailure } from '../../common/contract';
import { ConfigError, parseConfig } from './config';
import { launchDemo } from './demo-launch';
import { hostMessages } from './messages';
import { startWebHost } from './server';

interface Repository {
  readonly root: string;
  readonly version: string;
}

// The host runs from the repository, both as source (tsx) and bundled (dist/web-host): the
// nearest package.json named "verikop" above this file is the repository's.
function findRepository(from: string): Repository {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'verikop' && typeof pkg.version === 'string') return { root: dir, version: pkg.version };
    }
    if (path.dirname(dir) === dir) throw new Error(`package.json of verikop not found above ${from}`);
  }
}

const serverEntry = (root: string): string => path.join(root, 'dist', 'server', 'main.mjs');

async function main(): Promise<void> {
  const repo = findRepository(path.dirname(fileURLToPath(import.meta.url)));
  const config = parseConfig(process.argv.slice(2), process.env, path.join(repo.root, '.verikop-data'));
  const staticDir = path.join(repo.root, 'dist', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new ConfigError(hostMessages.notBuilt(staticDir));
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });

  const info: HostInfo = {
    host: 'web',
    dataDir: config.dataDir,
    version: repo.version,
    // The server's CLI as scripts/build.ts bundles it, run by this same node.
    demoServer: { command: process.execPath, args: [serverEntry(repo.root)], entry: serverEntry(repo.root) },
  };
  const services = createAppServices(info);
  // `--demo` starts demo mode now; without it, demo mode chosen in an earlier run comes back
  // if it can (see demo-launch.ts).
  try {
    await launchDemo(services.demo, config.demo, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    await services.close();
    throw error;
  }
  const host = await startWebHost({
    handlers: services.handlers,
    events: services.events,
    vault: services.readVault,
    staticDir,
    host: config.host,
    port: config.port,
    onInternalError: (what, error) => {
      console.error(`[web-host] ${what}:`, error);
    },
  });
  process.stdout.write(`${hostMessages.started(host.launchUrl)}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C: stop now
    stopping = true;
    process.stdout.write(`${hostMessages.stopping}\n`);
    host
      .close()
      .then(() => services.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || isFailure(error) ? error.message : error);
  process.exit(1);
});
