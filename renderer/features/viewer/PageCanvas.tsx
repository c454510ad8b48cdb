// A rendered PDF page at a given zoom and rotation: a box of the page's exact size holding the
// last complete canvas. `aria-busy` and `data-state` say whether the current render has finished.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { PDFPageProxy } from 'pdfjs-dist';
import { errorDetail } from './load-errors';
import { isCancelledRender, pageSize, renderPage } from './render-page';
import type { Rotation } from './rotation';
import { useDevicePixelRatio } from './useDevicePixelRatio';

interface PageCanvasProps {
  readonly page: PDFPageProxy;
  readonly zoom: number;
  readonly rotation: Rotation;
  /** What the page is, for screen readers; none when something around it already says so. */
  readonly label?: string;
  /** Shown over the page when it cannot be drawn. */
  readonly fallback: (detail: string) => ReactNode;
  /** Told each time a render completes. */
  readonly onRendered?: () => void;
}

interface Outcome {
  readonly render: string;
  readonly failure?: string;
}

export function PageCanvas({ page, zoom, rotation, label, fallback, onRendered }: PageCanvasProps): ReactNode {
  const devicePixelRatio = useDevicePixelRatio();
  const onRenderedRef = useRef(onRendered);
  useEffect(() => {
    onRenderedRef.current = onRendered;
  });
  const holder = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const render = `${String(page.pageNumber)}|${String(zoom)}|${String(rotation)}|${String(devicePixelRatio)}`;

  useEffect(() => {
    const task = renderPage(page, zoom, rotation, devicePixelRatio);
    task.done.then(
      () => {
        holder.current?.replaceChildren(task.canvas);
        setOutcome({ render });
        onRenderedRef.current?.();
      },
      (error: unknown) => {
        if (!isCancelledRender(error)) setOutcome({ render, failure: errorDetail(error) });
      },
    );
    return () => {
      task.cancel();
    };
  }, [page, zoom, rotation, devicePixelRatio, render]);

  const size = pageSize(page, rotation);
  const current = outcome?.render === render ? outcome : undefined;
  const state = current === undefined ? 'rendering' : current.failure === undefined ? 'rendered' : 'failed';
  return (
    <Box
      aria-busy={state === 'rendering'}
      data-state={state}
      sx={{ position: 'relative', width: size.width * zoom, height: size.height * zoom, bgcolor: 'common.white', boxShadow: 1 }}
    >
      {/* Filled by the render effect, never by React. */}
      <Box ref={holder} role={label === undefined ? undefined : 'img'} aria-label={label} sx={{ width: 1, height: 1 }} />
      {current?.failure !== undefined && (
        <Box sx={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 1 }}>
          {fallback(current.failure)}
        </Box>
      )}
    </Box>
  );
}
