// The viewer's outer shape, shared by PDFs and images: a region named after the document, the
// toolbar, an optional side strip, and the scrolling pane the page sits in. The pane takes focus,
// so a zoomed page can be scrolled with the arrow keys; PageUp/PageDown/Home/End anywhere in the
// region turn pages (not while typing a page number).
import type { KeyboardEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import { viewerText } from './messages';
import { pageMoveForKey, type PageMove } from './pages';

interface ViewerFrameProps {
  readonly title: string;
  readonly toolbar?: ReactNode;
  readonly sidebar?: ReactNode;
  /** Receives the pane element, whose size decides the fit zoom. */
  readonly paneRef?: (element: HTMLElement | null) => void;
  readonly onPageKey?: (move: PageMove) => void;
  readonly children: ReactNode;
}

/** Space between the page and the edges of the pane, in CSS pixels. */
const paneMargin = 16;

export function ViewerFrame({ title, toolbar, sidebar, paneRef, onPageKey, children }: ViewerFrameProps): ReactNode {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (onPageKey === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    // Home and End belong to the caret while a text box has focus.
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    const move = pageMoveForKey(event.key);
    if (move === undefined) return;
    event.preventDefault();
    onPageKey(move);
  };

  return (
    <Box
      role="region"
      aria-label={viewerText.region(title)}
      onKeyDown={onKeyDown}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        height: '100%',
        minHeight: 0,
        bgcolor: 'background.default',
      }}
    >
      {toolbar}
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {sidebar}
        <Box
          ref={paneRef}
          role="group"
          aria-label={viewerText.pane}
          tabIndex={0}
          data-testid="viewer-pane"
          // The gutter is always reserved, so a scrollbar appearing cannot shrink the width that
          // fit-width was computed from (which would make it flip back and forth).
          sx={{
            flex: 1,
            minWidth: 0,
            overflow: 'auto',
            scrollbarGutter: 'stable',
            p: `${String(paneMargin)}px`,
            bgcolor: 'grey.200',
            // Drawn inside the pane: outside, the panels around it would cover the focus ring.
            '&:focus-visible': { outlineOffset: '-3px' },
          }}
        >
          <Box sx={{ width: 'fit-content', mx: 'auto' }}>{children}</Box>
        </Box>
      </Box>
    </Box>
  );
}
