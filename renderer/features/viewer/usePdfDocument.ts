// Loads the PDF at a vault URL and keeps it open while the component lives. Leaving (or a new
// URL) aborts the download and destroys the document and its worker.
import { useEffect, useState } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { classifyLoadError, type DocumentFailure } from './load-errors';
import { openPdf } from './pdfjs';
import { fetchVaultBytes } from './vault-fetch';

export type PdfDocumentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly document: PDFDocumentProxy }
  | { readonly status: 'failed'; readonly failure: DocumentFailure };

const loading: PdfDocumentState = { status: 'loading' };

export function usePdfDocument(url: string): PdfDocumentState {
  // Results are kept with the URL they belong to, so a new URL reads as "loading" at once
  // instead of briefly showing the previous document.
  const [result, setResult] = useState<{ readonly url: string; readonly state: PdfDocumentState }>();

  useEffect(() => {
    const abort = new AbortController();
    let task: PDFDocumentLoadingTask | undefined;
    // A function, not the flag itself: the answer changes across each await.
    const wanted = (): boolean => !abort.signal.aborted;
    const load = async (): Promise<void> => {
      try {
        const bytes = await fetchVaultBytes(url, abort.signal);
        if (!wanted()) return;
        task = openPdf(bytes);
        const document = await task.promise;
        if (wanted()) setResult({ url, state: { status: 'ready', document } });
      } catch (error) {
        if (wanted()) setResult({ url, state: { status: 'failed', failure: classifyLoadError(error) } });
      }
    };
    void load();
    return () => {
      abort.abort();
      void task?.destroy();
    };
  }, [url]);

  return result?.url === url ? result.state : loading;
}
