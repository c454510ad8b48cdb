// 7. Start-up: from spawning the web host (node dist/web-host/index.mjs) to the inbox painted in
// an already running Chromium. Electron is measured only where its binary is installed; here the
// package is present for its types only, and the section says so in a row of its own.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { startHostProcess, stopHostProcess } from '../e2e/web-host-process';
import { launchChromium } from './browser';
import { fmt, median, repoRoot, scratch, type BenchContext, type Section } from './lib';

/** Where `npm install electron` puts the binary it downloads; absent when it was skipped. */
const ELECTRON_BINARY = path.join(repoRoot, 'node_modules', 'electron', 'dist', 'electron');

export async function startupBench(ctx: BenchContext): Promise<Section> {
  const electronPresent = existsSync(ELECTRON_BINARY);
  const dir = await scratch(ctx, 'startup');
  const browser = await launchChromium();
  const ready: number[] = [];
  const painted: number[] = [];
  const pageOnly: number[] = [];
  const inbox: number[] = [];
  const inboxPageOnly: number[] = [];
  try {
    for (let i = 0; i < ctx.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const start = performance.now();
      // A fresh data directory each time: a first start, with nothing to migrate or load.
      const host = await startHostProcess(['--port', '0', '--data-dir', await mkdtemp(path.join(dir, 'data-'))]);
      ready.push(performance.now() - start);
      try {
        const navigated = performance.now();
        // The inbox is where a verifier lands; its count appears once the query has answered.
        await page.goto(`${host.launchUrl}#/kotak-masuk`);
        await page.getByRole('banner').waitFor();
        await page.getByRole('main').waitFor();
        painted.push(performance.now() - start);
        pageOnly.push(performance.now() - navigated);
        await page.getByRole('heading', { level: 1, name: 'Kotak Masuk' }).waitFor();
        await page.getByTestId('inbox-count').filter({ hasText: /berkas/ }).waitFor();
        inbox.push(performance.now() - start);
        inboxPageOnly.push(performance.now() - navigated);
      } finally {
        await context.close();
        await stopHostProcess(host);
      }
    }
  } finally {
    await browser.close();
  }
  return {
    title: '7. Start-up: web host to the inbox painted',
    method: [
      `Per run: spawn the built web host with a fresh data directory, wait for its URL line, open \`#/kotak-masuk\` in a new context of an already running headless Chromium, wait until the banner and main landmarks of the shell are visible, then until the inbox heading and its count ("0 berkas": the IndexedDB query answered) are (Playwright polling). ${String(ctx.runs)} runs. Times from the spawn.`,
      electronPresent
        ? `Electron: the binary is at ${ELECTRON_BINARY}, but this bench has no Electron driver yet (it was written on a machine without the binary, where it could not be run): the row stays empty.`
        : `Electron start-up: skipped — the Electron binary is not installed on this machine (${ELECTRON_BINARY} missing; the package is installed for its types only).`,
    ],
    rows: [
      { name: 'host process ready (URL printed)', unit: 'ms', samples: ready },
      { name: 'spawn → shell painted', unit: 'ms', samples: painted },
      { name: 'navigation → shell painted', unit: 'ms', samples: pageOnly },
      { name: 'spawn → inbox painted', unit: 'ms', samples: inbox },
      { name: 'navigation → inbox painted', unit: 'ms', samples: inboxPageOnly },
      { name: 'Electron start → inbox painted', unit: 'ms', samples: [] },
    ],
    targets: [],
    notes: [`No target is set. Of the ${fmt(median(inbox), 0)} ms to the inbox, ${fmt(median(ready), 0)} ms is Node starting the host (module loading, service composition), the shell follows ${fmt(median(painted) - median(ready), 0)} ms later (loading and running the renderer bundle) and the inbox ${fmt(median(inbox) - median(painted), 0)} ms after that (opening IndexedDB, the first inbox query).`],
  };
}
