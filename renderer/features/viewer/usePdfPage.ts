// One page of an open PDF. pdf.js caches pages, so asking again for a page already seen is cheap.
// When the asker goes away the page's parsed content and decoded images are released: a scanned
// 300-page PDF would otherwise keep every page image it ever showed in memory.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { errorDetail } from './load-errors';

export type PdfPageState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly page: PDFPageProxy }
  | { readonly status: 'failed'; readonly detail: string };

const loading: PdfPageState = { status: 'loading' };

export function usePdfPage(document: PDFDocumentProxy, pageNumber: number): PdfPageState {
  const [result, setResult] = useState<{ readonly document: PDFDocumentProxy; readonly pageNumber: number; readonly state: PdfPageState }>();

  useEffect(() => {
    let current = true;
    let loaded: PDFPageProxy | undefined;
    document.getPage(pageNumber).then(
      (page) => {
        if (!current) return;
        loaded = page;
        setResult({ document, pageNumber, state: { status: 'ready', page } });
      },
      (error: unknown) => {
        if (current) setResult({ document, pageNumber, state: { status: 'failed', detail: errorDetail(error) } });
      },
    );
    return () => {
      current = false;
      // pdf.js defers this until renders of the page still running (e.g. its thumbnail) finish.
      loaded?.cleanup();
    };
  }, [document, pageNumber]);

  return result?.document === document && result.pageNumber === pageNumber ? result.state : loading;
}
