// The document viewer of the dossier screen: a PDF or a photo from the vault, with page
// navigation, zoom and rotation. It fills its parent, which must give it a height.
import type { ReactNode } from 'react';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';
import { ViewerFrame } from './ViewerFrame';
import { ViewerFailure } from './ViewerStatus';

export type ViewerMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface DocumentViewerProps {
  /** A vault URL, from `api.vaultUrl(sha256)`. */
  readonly url: string;
  readonly mediaType: ViewerMediaType;
  /** Names the viewer for screen readers and is the image's alternative text. */
  readonly title: string;
  /** The page to open on; when it changes later, the viewer moves there. PDFs only. */
  readonly initialPage?: number;
  /** Told each page the viewer moves to. PDFs only. */
  readonly onPageChange?: (page: number) => void;
}

export function DocumentViewer({ url, mediaType, title, initialPage, onPageChange }: DocumentViewerProps): ReactNode {
  // Keyed by URL: another document starts afresh (page, zoom, rotation), never inheriting state.
  switch (mediaType) {
    case 'application/pdf':
      return <PdfViewer key={url} url={url} title={title} initialPage={initialPage} onPageChange={onPageChange} />;
    case 'image/jpeg':
    case 'image/png':
      return <ImageViewer key={url} url={url} mediaType={mediaType} title={title} />;
    default: {
      // Unreachable for typed callers; a record read from storage may still hold anything.
      const unknownType: string = mediaType;
      return (
        <ViewerFrame title={title}>
          <ViewerFailure failure={{ kind: 'unsupported-type', mediaType: unknownType }} />
        </ViewerFrame>
      );
    }
  }
}
