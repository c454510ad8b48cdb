// Bench page: pdf.js with nothing around it — fetch the PDF, parse it in a worker, render page 1
// into a canvas of a given pixel width. The reference for the viewer benchmark.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => { resolve(); }));

/** ms from the request to the frame after page 1 is drawn at `width` device pixels. */
async function openBare(url: string, width: number): Promise<number> {
  const start = performance.now();
  const data = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const task = getDocument({ data, enableXfa: false, useWasm: false });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  canvas.style.width = `${String(canvas.width / devicePixelRatio)}px`;
  document.body.append(canvas);
  await page.render({ canvas, viewport }).promise;
  await nextFrame();
  const ms = performance.now() - start;
  await task.destroy();
  return ms;
}

Object.assign(window, { openBare });
