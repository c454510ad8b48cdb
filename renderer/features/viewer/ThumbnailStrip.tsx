// The column of page thumbnails, virtualised: only the thumbnails in view (and a few beyond) exist
// at all, each drawing its page when it appears and dropping its canvas when it scrolls away. A
// 300-page PDF therefore opens as fast as a 3-page one and keeps about a dozen small canvases.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useState, type ReactNode } from 'react';
import BrokenImageOutlined from '@mui/icons-material/BrokenImageOutlined';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { viewerText } from './messages';
import { PageCanvas } from './PageCanvas';
import { pageSize } from './render-page';
import type { Rotation, Size } from './rotation';
import { usePdfPage } from './usePdfPage';

const thumbnailWidth = 96;
// Room under each thumbnail for its page number, and between thumbnails; a first guess of an
// item's height, corrected by measuring once it is on screen.
const captionHeight = 30;
const gap = 8;

interface ThumbnailStripProps {
  readonly document: PDFDocumentProxy;
  readonly pageCount: number;
  readonly currentPage: number;
  readonly rotation: Rotation;
  /** Shape of a page not drawn yet: the page on screen is the best guess for its neighbours. */
  readonly placeholder: Size;
  /**
   * While true the strip is empty (at its full height, so its scroll bar already fits). The page
   * being read goes first: building and drawing the thumbnails at the same time would delay it.
   */
  readonly paused: boolean;
  readonly onSelect: (page: number) => void;
}

export function ThumbnailStrip(props: ThumbnailStripProps): ReactNode {
  const { document, pageCount, currentPage, rotation, placeholder, paused, onSelect } = props;
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const placeholderHeight = Math.round((thumbnailWidth * placeholder.height) / placeholder.width);
  const virtualizer = useVirtualizer({
    count: pageCount,
    getScrollElement: () => root,
    estimateSize: () => placeholderHeight + captionHeight,
    overscan: 3,
    gap,
    paddingStart: gap,
    paddingEnd: gap,
  });

  useEffect(() => {
    if (root !== null) virtualizer.scrollToIndex(currentPage - 1, { align: 'auto' });
  }, [root, virtualizer, currentPage]);

  return (
    <Box
      component="nav"
      ref={setRoot}
      aria-label={viewerText.thumbnails}
      sx={{ flexShrink: 0, width: thumbnailWidth + 40, overflowY: 'auto', borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Box component="ol" sx={{ position: 'relative', listStyle: 'none', m: 0, p: 0, height: virtualizer.getTotalSize() }}>
        {(paused ? [] : virtualizer.getVirtualItems()).map((item) => (
          <Box
            component="li"
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            // The list holds only what is in view; these say where an item sits in the whole.
            aria-setsize={pageCount}
            aria-posinset={item.index + 1}
            sx={{ position: 'absolute', top: 0, left: 0, width: 1, display: 'flex', justifyContent: 'center' }}
            style={{ transform: `translateY(${String(item.start)}px)` }}
          >
            <Thumbnail
              document={document}
              pageNumber={item.index + 1}
              current={item.index + 1 === currentPage}
              rotation={rotation}
              placeholderHeight={placeholderHeight}
              onSelect={onSelect}
            />
          </Box>
        ))}
      </Box>
    </Box>
  );
}

interface ThumbnailProps {
  readonly document: PDFDocumentProxy;
  readonly pageNumber: number;
  readonly current: boolean;
  readonly rotation: Rotation;
  readonly placeholderHeight: number;
  readonly onSelect: (page: number) => void;
}

// Memoised: turning a page re-renders two thumbnails (old and new current), not all in view.
const Thumbnail = memo(function Thumbnail(props: ThumbnailProps): ReactNode {
  const { document, pageNumber, current, rotation, placeholderHeight, onSelect } = props;
  return (
    <ButtonBase
      aria-label={viewerText.thumbnail(pageNumber)}
      aria-current={current ? 'page' : undefined}
      // One tab stop for the whole strip; PageUp/PageDown move through the pages.
      tabIndex={current ? 0 : -1}
      onClick={() => {
        onSelect(pageNumber);
      }}
      sx={{
        flexDirection: 'column',
        gap: 0.5,
        p: 0.5,
        borderRadius: 1,
        outline: current ? 2 : 0,
        outlineColor: 'primary.main',
        bgcolor: current ? 'action.selected' : 'transparent',
      }}
    >
      <Box sx={{ width: thumbnailWidth, minHeight: placeholderHeight, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
        <ThumbnailPage document={document} pageNumber={pageNumber} rotation={rotation} />
      </Box>
      <Typography variant="caption" aria-hidden>
        {pageNumber}
      </Typography>
    </ButtonBase>
  );
});

interface ThumbnailPageProps {
  readonly document: PDFDocumentProxy;
  readonly pageNumber: number;
  readonly rotation: Rotation;
}

function ThumbnailPage({ document, pageNumber, rotation }: ThumbnailPageProps): ReactNode {
  const state = usePdfPage(document, pageNumber);
  const broken = <BrokenImageOutlined color="disabled" />;
  if (state.status === 'failed') return broken;
  if (state.status === 'loading') return null;
  const zoom = thumbnailWidth / pageSize(state.page, rotation).width;
  return <PageCanvas page={state.page} zoom={zoom} rotation={rotation} fallback={() => broken} />;
}
