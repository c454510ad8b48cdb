// A PDF from the vault: loads it, then shows one page at a time with the toolbar and, for more
// than one page, the thumbnail strip.
import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { afterNextPaint } from './after-paint';
import { viewerText } from './messages';
import { PdfPage } from './PdfPage';
import { pageSize } from './render-page';
import { ThumbnailStrip } from './ThumbnailStrip';
import { useElementSize } from './useElementSize';
import { usePdfDocument } from './usePdfDocument';
import { usePdfPage } from './usePdfPage';
import { useViewerState } from './useViewerState';
import { ViewerFrame } from './ViewerFrame';
import { ViewerFailure, ViewerLoading } from './ViewerStatus';
import { ViewerToolbar } from './ViewerToolbar';
import { resolveZoom } from './zoom';

interface PdfViewerProps {
  readonly url: string;
  readonly title: string;
  readonly initialPage?: number;
  readonly onPageChange?: (page: number) => void;
}

export function PdfViewer({ url, title, initialPage, onPageChange }: PdfViewerProps): ReactNode {
  const loaded = usePdfDocument(url, initialPage);
  if (loaded.status === 'ready') {
    return <PdfDocumentView document={loaded.document} title={title} initialPage={initialPage} onPageChange={onPageChange} />;
  }
  return <ViewerFrame title={title}>{loaded.status === 'loading' ? <ViewerLoading /> : <ViewerFailure failure={loaded.failure} />}</ViewerFrame>;
}

// Shape of a thumbnail before any page is measured: A4 portrait, the usual packet document.
const a4 = { width: 595, height: 842 };

interface PdfDocumentViewProps extends Omit<PdfViewerProps, 'url'> {
  readonly document: PDFDocumentProxy;
}

function PdfDocumentView({ document, title, initialPage, onPageChange }: PdfDocumentViewProps): ReactNode {
  const [state, dispatch] = useViewerState(document.numPages, initialPage, onPageChange);
  const [pane, setPane] = useState<HTMLElement | null>(null);
  // Whether the first page has reached the screen; the thumbnails wait for it (they render on
  // the same pdf.js worker and the same main thread).
  const [pageDrawn, setPageDrawn] = useState(false);
  const [pageShown, setPageShown] = useState(false);
  const area = useElementSize(pane);
  const current = usePdfPage(document, state.page);
  const content = current.status === 'ready' ? pageSize(current.page, state.rotation) : undefined;
  const shown = content !== undefined && area !== undefined ? resolveZoom(state.zoom, content, area) : undefined;

  // Not merely drawn into its canvas: painted. Mounting a dozen thumbnails in the same commit
  // would hold back the frame that shows the page.
  useEffect(() => {
    if (!pageDrawn) return undefined;
    return afterNextPaint(() => {
      setPageShown(true);
    });
  }, [pageDrawn]);

  // A new page starts at its top, as on paper.
  useEffect(() => {
    pane?.scrollTo({ top: 0, left: 0 });
  }, [pane, state.page]);

  const sidebar =
    state.pageCount > 1 ? (
      <ThumbnailStrip
        document={document}
        pageCount={state.pageCount}
        currentPage={state.page}
        rotation={state.rotation}
        placeholder={content ?? a4}
        paused={!pageShown}
        onSelect={(page) => {
          dispatch({ type: 'go-to-page', page });
        }}
      />
    ) : undefined;

  return (
    <ViewerFrame
      title={title}
      toolbar={<ViewerToolbar state={state} shown={shown} paged dispatch={dispatch} />}
      sidebar={sidebar}
      paneRef={setPane}
      onPageKey={(move) => {
        dispatch({ type: 'move', move });
      }}
    >
      {current.status === 'failed' ? (
        <Alert severity="error">{viewerText.pageFailed(state.page, current.detail)}</Alert>
      ) : current.status === 'ready' && shown !== undefined ? (
        // Remounted per page and rotation: a stale canvas may stand in while zooming, but never
        // the wrong page or a page turned the wrong way.
        <PdfPage
          key={`${String(state.page)}:${String(state.rotation)}`}
          page={current.page}
          pageCount={state.pageCount}
          zoom={shown}
          rotation={state.rotation}
          onRendered={() => {
            setPageDrawn(true);
          }}
        />
      ) : (
        <ViewerLoading />
      )}
    </ViewerFrame>
  );
}
