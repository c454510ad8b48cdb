// The page being read, announced as "Halaman n dari N".
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { PDFPageProxy } from 'pdfjs-dist';
import { viewerText } from './messages';
import { PageCanvas } from './PageCanvas';
import type { Rotation } from './rotation';

interface PdfPageProps {
  readonly page: PDFPageProxy;
  readonly pageCount: number;
  readonly zoom: number;
  readonly rotation: Rotation;
  readonly onRendered?: () => void;
}

export function PdfPage({ page, pageCount, zoom, rotation, onRendered }: PdfPageProps): ReactNode {
  return (
    <Box data-page={page.pageNumber}>
      <PageCanvas
        page={page}
        label={viewerText.page(page.pageNumber, pageCount)}
        zoom={zoom}
        rotation={rotation}
        onRendered={onRendered}
        fallback={(detail) => <Alert severity="error">{viewerText.pageFailed(page.pageNumber, detail)}</Alert>}
      />
    </Box>
  );
}
