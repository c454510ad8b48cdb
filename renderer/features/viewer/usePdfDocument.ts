// Loads the PDF at a vault URL and keeps it open while the component lives. Leaving (or a new
// URL) aborts the download and destroys the document and its worker.
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { classifyLoadError, type DocumentFailure } from './load-errors';
import { clampPage } from './pages';
import { openPdf, startPdfWorker } from './pdfjs';
import { fetchVaultBytes } from './vault-fetch';

export type PdfDocumentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly document: PDFDocumentProxy }
  | { readonly status: 'failed'; readonly failure: DocumentFailure };

const loading: PdfDocumentState = { status: 'loading' };

/** `openingPage`: the page shown first, asked of pdf.js as soon as the document is open. */
export function usePdfDocument(url: string, openingPage = 1): PdfDocumentState {
  // Results are kept with the URL they belong to, so a new URL reads as "loading" at once
  // instead of briefly showing the previous document.
  const [result, setResult] = useState<{ readonly url: string; readonly state: PdfDocumentState }>();
  // Read once the document is open; a later change is the viewer's to follow, not a reload.
  const firstPage = useRef(openingPage);
  useEffect(() => {
    firstPage.current = openingPage;
  });

  useEffect(() => {
    const abort = new AbortController();
    // Started with the download rather than after it: the two overlap.
    const worker = startPdfWorker();
    let task: PDFDocumentLoadingTask | undefined;
    // A function, not the flag itself: the answer changes across each await.
    const wanted = (): boolean => !abort.signal.aborted;
    const load = async (): Promise<void> => {
      try {
        const bytes = await fetchVaultBytes(url, abort.signal);
        if (!wanted()) return;
        task = openPdf(bytes, worker);
        const document = await task.promise;
        if (!wanted()) return;
        // The worker reads the first page while React builds the viewer around it; the page's
        // own hook then gets the same (cached) page. Its failure is reported there, not here.
        document.getPage(clampPage(firstPage.current, document.numPages)).catch(() => undefined);
        setResult({ url, state: { status: 'ready', document } });
      } catch (error) {
        if (wanted()) setResult({ url, state: { status: 'failed', failure: classifyLoadError(error) } });
      }
    };
    void load();
    return () => {
      abort.abort();
      // The worker goes after the document: the document's teardown still talks to it. A failed
      // teardown leaves nothing to do but end the worker anyway.
      const closing = task?.destroy() ?? Promise.resolve();
      void closing.catch(() => undefined).finally(() => {
        worker.destroy();
      });
    };
  }, [url]);

  return result?.url === url ? result.state : loading;
}
