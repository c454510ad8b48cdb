// 5. Viewer: opening a 300-page PDF in the built app (web host, real vault, CSP) until page 1 is
// painted, against bare pdf.js rendering the same page at the same pixel width in the same
// Chromium.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { Vault } from '../../electron/services/vault/vault';
import { startHostProcess, stopHostProcess } from '../e2e/web-host-process';
import type { BrowserContext, Page } from 'playwright-core';
import { bundlePage, launchChromium, servePages } from './browser';
import { MB, fmt, median, scratch, type BenchContext, type Section } from './lib';

const PAGES = 300;

async function longPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= PAGES; n++) {
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 0, y: 782, width: 595, height: 60, color: rgb(0.1, 0.3, 0.7) });
    page.drawText(`HALAMAN ${String(n)}`, { x: 60, y: 700, size: 48, font });
    for (let line = 0; line < 40; line++) page.drawText(`Baris ${String(line + 1)}: daftar anggota koperasi, NIK dan alamat (contoh).`, { x: 60, y: 640 - line * 14, size: 10, font });
  }
  return doc.save();
}

interface Timing {
  ms: number;
  width: number;
}

/**
 * In-page script: from setting the route to the frame after page 1's canvas reports "rendered".
 * A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
const openInApp = (hash: string): string => `new Promise((resolve) => {
  const start = performance.now();
  const check = () => {
    const done = document.querySelector('[data-page="1"] [data-state="rendered"]');
    const canvas = document.querySelector('[data-page="1"] canvas');
    if (done !== null && canvas !== null) resolve({ ms: performance.now() - start, width: canvas.width });
    else requestAnimationFrame(check);
  };
  location.hash = ${JSON.stringify(hash)};
  requestAnimationFrame(check);
})`;

/**
 * In-page script: resolves once the main thread has had nothing to do for `quietMs` (every idle
 * callback in that span got a full idle period), or after `capMs` regardless. The app keeps
 * working after its banner appears (opening IndexedDB, the inbox's first query, the sync
 * status's first report); a person opens a document after that, not during it.
 */
const settled = (quietMs: number, capMs: number): string => `new Promise((resolve) => {
  const start = performance.now();
  let quietSince = start;
  const tick = (deadline) => {
    const now = performance.now();
    if (deadline.timeRemaining() < 40) quietSince = now;
    if (now - quietSince >= ${String(quietMs)} || now - start >= ${String(capMs)}) resolve(now - start);
    else requestIdleCallback(tick);
  };
  requestIdleCallback(tick);
})`;

/** Closes a page and waits until each of its workers has reported closing (at most 5 s, then fails). */
async function closeWithWorkers(page: Page): Promise<void> {
  const gone = page.workers().map((w) => new Promise<void>((resolve) => { w.once('close', () => { resolve(); }); }));
  await page.close();
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<never>((_, reject) => { timer = setTimeout(() => { reject(new Error('app page workers still running 5 s after close')); }, 5000); });
  try {
    await Promise.race([Promise.all(gone), cap]);
  } finally {
    clearTimeout(timer);
  }
}

export async function viewerBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'viewer');
  const pdf = await longPdf();
  const dataDir = path.join(dir, 'data');
  const { sha256 } = await Vault.forDataDir(dataDir).put(pdf, { mediaType: 'application/pdf' });
  await writeFile(path.join(dir, 'long.pdf'), pdf);
  await bundlePage('viewer-bare', dir);
  const pages = await servePages(dir);
  const host = await startHostProcess(['--port', '0', '--data-dir', dataDir]);
  const browser = await launchChromium();
  const ours: Timing[] = [];
  const early: number[] = [];
  const bare: number[] = [];
  /** A fresh context with the app's banner painted, then (if asked) settled; the caller closes it. */
  const openApp = async (waitForQuiet: boolean): Promise<{ context: BrowserContext; app: Page }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const app = await context.newPage();
    await app.goto(host.launchUrl);
    await app.getByRole('banner').waitFor();
    if (waitForQuiet) await app.evaluate<number>(settled(500, 5000));
    return { context, app };
  };
  // From setting the route to the frame after page 1's canvas reports "rendered".
  const openDocument = (app: Page): Promise<Timing> => app.evaluate<Timing>(openInApp(`#/dokumen/pdf/${sha256}`));
  try {
    for (let i = 0; i < ctx.runs; i++) {
      const first = await openApp(false);
      early.push((await openDocument(first.app)).ms);
      await first.context.close();
      // The reference runs in the same context as ours, after it (a context of its own measured
      // slower, see 045a628), but only once the app page is closed and its workers are gone: the
      // thumbnail strip starts rendering right after page 1 paints, on the app's pdf.js worker,
      // and on two cores that would slow the reference and flatter our ratio.
      const { context, app } = await openApp(true);
      ours.push(await openDocument(app));
      const width = ours.at(-1)?.width ?? 800;
      await closeWithWorkers(app);
      const ref = await context.newPage();
      await ref.goto(`${pages.origin}/?s=viewer-bare`);
      await ref.waitForFunction(() => 'openBare' in window);
      // Settled by the same rule as ours: right after the close the app's renderer is still
      // being torn down, and measuring then slowed the reference instead.
      await ref.evaluate<number>(settled(500, 5000));
      bare.push(await ref.evaluate(([url, w]) => (window as unknown as { openBare(u: string, w: number): Promise<number> }).openBare(url, w), [`${pages.origin}/long.pdf`, width] as const));
      await context.close();
    }
  } finally {
    await browser.close();
    await stopHostProcess(host);
    await pages.close();
  }
  const ratio = median(ours.map((t) => t.ms)) / median(bare);
  return {
    title: `5. Viewer: first page of a ${String(PAGES)}-page PDF`,
    method: [
      `A generated ${String(PAGES)}-page text PDF (${fmt(pdf.byteLength / MB, 2)} MB) stored in the vault of a web host (\`dist/\` as built, started with --data-dir), opened in headless Chromium at 1280×800.`,
      '**ours**: the app opened in a fresh context and left until its main thread has been quiet for 0.5 s (idle callbacks with full idle periods; at most 5 s) — as when a person opens a document from the inbox — then set `#/dokumen/pdf/<sha256>` and poll each animation frame until page 1 reports `data-state="rendered"`: route change, React, vault fetch over HTTP with the pdf.js worker starting alongside, parse, render. The thumbnail strip starts after that frame. **ours, opened as the shell appears**: the same, but the route is set as soon as the banner is painted, while the app is still opening IndexedDB, querying the inbox and reporting its first sync status (how the bench measured until 2026-12-07; shown for comparison, not the target). **bare pdf.js**: a page bundled with esbuild from pdfjs-dist directly (same version, same worker file) fetches the same bytes from a loopback server, parses them and renders page 1 into a canvas of the same pixel width, until the next frame. It runs in a new page of the same context as ours, after ours, once the app page is closed and its workers have reported closing, and once its own main thread has been quiet for 0.5 s by the same rule as ours (right after the close the app\'s renderer is still being torn down, which slowed the reference instead: 385 ms median against 310 ms settled in the same hour). Both since 2026-12-07 (before, the app page stayed open and its thumbnail strip, which starts rendering right after page 1 paints, ran on the app\'s worker beside the reference on 2 cores, which could slow the reference and flatter the ratio).',
      `A fresh browser context per run, shared by ours and the reference (no HTTP cache; a context of its own for the reference measured slower, 331–519 ms against ~200–300 ms, which would flatter the ratio), another for the shell-appears row; ${String(ctx.runs)} runs.`,
    ],
    rows: [
      { name: 'ours: open → page 1 painted', unit: 'ms', samples: ours.map((t) => t.ms), reference: 'bare pdf.js page 1' },
      { name: 'ours, opened as the shell appears', unit: 'ms', samples: early, reference: 'bare pdf.js page 1' },
      { name: 'bare pdf.js page 1', unit: 'ms', samples: bare },
    ],
    targets: [{ target: 'viewer first page within 1.5× bare pdf.js', measured: `${fmt(ratio, 2)}×`, met: ratio <= 1.5 }],
    notes: [
      'Both pay for starting a pdf.js worker and parsing the cross-reference table of 300 pages. Since 2026-12-07 ours starts the worker together with the vault download (bare, like pdf.js by default, starts it after its fetch), asks pdf.js for the opening page as soon as the document is open (while React builds the viewer), and leaves the thumbnail strip empty until the frame after page 1 is painted: it used to mount a dozen thumbnails in the very commit that showed the page (their drawing already waited for it). What ours still pays on top: the route change and the screen mounting before the download starts (~20–35 ms), the viewer\'s toolbar and frame mounting between the document opening and page 1\'s render starting (~40–65 ms: React and MUI, then the pane\'s size from a ResizeObserver a frame later), and a vault fetch through the web host that is slower than bare\'s static server (~40–90 ms against ~10–20 ms), now hidden behind the worker\'s start. Mounting the frame while the document is still loading would take most of the 40–65 ms off the path; not done yet.',
      'Opened as the shell appears, the viewer competes with the app\'s own start: IndexedDB opening, the inbox\'s first query and the sync status\'s first report, including ~20–50 ms for the first `toLocaleString(\'id-ID\')` of a fresh browser context (the status bar\'s counts). The bench measured that way until 2026-12-07; since the inbox became the start screen that morning (5f32f6b) the app has more to do in that first half second, and the 2.02× and 1.81× runs of that day included it (1.34× on 2026-11-28, when it opened on About). That row is kept to show the cost of opening a document in the first half second; the start-up work itself belongs to section 7.',
    ],
  };
}
