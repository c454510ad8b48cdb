// pdf.js as the viewer uses it: one place that decides how untrusted PDFs are opened.
//
// - The worker is bundled by Vite (`?url` copies pdf.worker.min.mjs into the build), so it loads
//   from the app's own origin: offline, and allowed by `worker-src 'self'`.
// - No eval: pdf.js 5.7 removed its last `new Function` (the PostScript compiler) together with
//   the `isEvalSupported` option, so 6.x has no such switch to set; the CSP (`script-src 'self'`,
//   no 'unsafe-eval') is what guarantees it.
// - No scripting: document JavaScript only runs through pdf.js's separate sandbox bundle and
//   scripting manager, which this viewer never loads; `enableXfa: false` keeps XFA forms off.
// - `useWasm: false`: pdf.js would otherwise compile PostScript functions found in the document
//   to WebAssembly, which the CSP forbids anyway (no 'wasm-unsafe-eval'). Image decoders
//   (JBIG2, CCITT fax, JPEG 2000) then use pdf.js's plain-JS builds, loaded from `wasmUrl`.
// - cMaps, standard fonts and those decoders are served by the app itself under `pdfjs/`
//   (copied from pdfjs-dist by the build), never from a CDN.
import { getDocument, GlobalWorkerOptions, PDFWorker, VerbosityLevel, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Where the build puts pdf.js's data files, relative to the app's base URL. */
export const pdfjsAssetsPath = 'pdfjs/';

// An image larger than this (in pixels) is skipped rather than decoded: a crafted PDF must not
// make the worker allocate gigabytes. A full-colour A3 scan at 600 dpi is ~70 million pixels.
const maxImagePixels = 2 ** 27;

function assetUrl(folder: string): string {
  // The worker resolves these against its own script URL, so they must be absolute.
  return new URL(`${import.meta.env.BASE_URL}${pdfjsAssetsPath}${folder}/`, document.baseURI).href;
}

/**
 * Starts a pdf.js worker for one document. Each document gets its own, which its viewer destroys
 * (after the document) when it goes: a PDF that hangs the parser cannot outlive its viewer. It is
 * started before the file is downloaded, so loading and compiling the worker's script overlaps
 * the download instead of following it.
 */
export function startPdfWorker(): PDFWorker {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const worker = new PDFWorker({ verbosity: VerbosityLevel.ERRORS });
  // Destroyed before it was ready (the viewer left during the download), the worker rejects its
  // promise. A document opened in it reports any such failure itself (pdf.js waits on the same
  // promise); without a document nobody is waiting, and it must not surface as an unhandled error.
  worker.promise.catch(() => undefined);
  return worker;
}

/**
 * Starts parsing a PDF in `worker`; the bytes are handed over to it. Destroy the task when done,
 * then the worker (destroying the task leaves a worker it was given running).
 */
export function openPdf(data: Uint8Array, worker: PDFWorker): PDFDocumentLoadingTask {
  return getDocument({
    data,
    worker,
    enableXfa: false,
    useWasm: false,
    wasmUrl: assetUrl('wasm'),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    maxImageSize: maxImagePixels,
    verbosity: VerbosityLevel.ERRORS,
  });
}
