// Entry point of the web host (`npm run web`): the app's services behind HTTP on loopback, so the
// renderer runs in any Chromium for preview and end-to-end tests. Prints one line with the URL
// to open; stops cleanly on Ctrl+C or SIGTERM. With `--demo` it first seeds the data folder
// (demo certificates in the certificate inbox, sample packets in the packet inbox, the demo CA
// trusted) and has generated documents name the demo CA as the certificate issuer.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices, type HostInfo } from '../services/app-services';
import { seedDemo } from '../services/demo';
import { ConfigError, parseConfig } from './config';
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

async function main(): Promise<void> {
  const repo = findRepository(path.dirname(fileURLToPath(import.meta.url)));
  const config = parseConfig(process.argv.slice(2), process.env, path.join(repo.root, '.verikop-data'));
  const staticDir = path.join(repo.root, 'dist', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new ConfigError(hostMessages.notBuilt(staticDir));
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });

  let info: HostInfo = { host: 'web', dataDir: config.dataDir, version: repo.version };
  if (config.demo) {
    const demo = await seedDemo(config.dataDir);
    info = { ...info, signatureIssuer: demo.signatureIssuer, certificateInbox: demo.certificateInbox, packetInbox: demo.packetInbox };
    process.stdout.write(`${hostMessages.demoReady(demo.certificateInbox, demo.packetInbox, demo.passphrase, demo.changes.length)}\n`);
  }
  const services = createAppServices(info);
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
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
