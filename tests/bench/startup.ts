// 7. Start-up: from spawning the web host (node dist/web-host/index.mjs) to the app shell painted
// in an already running Chromium. Electron is not measured: its binary is not installed here.
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { startHostProcess, stopHostProcess } from '../e2e/web-host-process';
import { launchChromium } from './browser';
import { fmt, median, scratch, type BenchContext, type Section } from './lib';

export async function startupBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'startup');
  const browser = await launchChromium();
  const ready: number[] = [];
  const painted: number[] = [];
  const pageOnly: number[] = [];
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
        await page.goto(host.launchUrl);
        await page.getByRole('banner').waitFor();
        await page.getByRole('main').waitFor();
        painted.push(performance.now() - start);
        pageOnly.push(performance.now() - navigated);
      } finally {
        await context.close();
        await stopHostProcess(host);
      }
    }
  } finally {
    await browser.close();
  }
  return {
    title: '7. Start-up: web host to app shell painted',
    method: [
      `Per run: spawn the built web host with a fresh data directory, wait for its URL line, open it in a new context of an already running headless Chromium and wait until the banner and main landmarks of the shell are visible (Playwright polling). ${String(ctx.runs)} runs. Times from the spawn.`,
      'Electron start-up is not measured: the Electron binary is not installed on this machine (types only).',
    ],
    rows: [
      { name: 'host process ready (URL printed)', unit: 'ms', samples: ready },
      { name: 'spawn → shell painted', unit: 'ms', samples: painted },
      { name: 'navigation → shell painted', unit: 'ms', samples: pageOnly },
    ],
    targets: [],
    notes: [`No target is set. Of the ${fmt(median(painted), 0)} ms, ${fmt(median(ready), 0)} ms is Node starting the host (module loading, service composition); the rest is loading and running the renderer bundle.`],
  };
}
