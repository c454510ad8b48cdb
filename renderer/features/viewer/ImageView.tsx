// A JPEG or PNG at a zoom and rotation. The image keeps its natural size in CSS and is scaled and
// turned about its centre inside a box sized for the turned result, so scrolling and fit work as
// for a PDF page. Chromium applies EXIF orientation itself, and reports the natural size after it.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { rotatedSize, type Rotation, type Size } from './rotation';

interface ImageViewProps {
  readonly url: string;
  readonly title: string;
  /** Known once the image has loaded. */
  readonly natural: Size | undefined;
  readonly zoom: number | undefined;
  readonly rotation: Rotation;
  readonly onLoad: (natural: Size) => void;
  readonly onError: () => void;
}

export function ImageView({ url, title, natural, zoom, rotation, onLoad, onError }: ImageViewProps): ReactNode {
  const shown = natural !== undefined && zoom !== undefined;
  const box = shown ? rotatedSize(natural, rotation) : undefined;
  return (
    // The same element before and after loading, so the image is not fetched twice.
    <Box
      data-state={shown ? 'rendered' : 'loading'}
      sx={box === undefined || zoom === undefined ? {} : { position: 'relative', width: box.width * zoom, height: box.height * zoom, boxShadow: 1 }}
    >
      <img
        src={url}
        alt={title}
        decoding="async"
        onLoad={(event) => {
          const { naturalWidth: width, naturalHeight: height } = event.currentTarget;
          if (width > 0 && height > 0) onLoad({ width, height });
          else onError();
        }}
        onError={onError}
        style={
          shown
            ? {
                position: 'absolute',
                left: '50%',
                top: '50%',
                width: natural.width * zoom,
                height: natural.height * zoom,
                maxWidth: 'none',
                transform: `translate(-50%, -50%) rotate(${String(rotation)}deg)`,
              }
            : { display: 'none' }
        }
      />
    </Box>
  );
}
