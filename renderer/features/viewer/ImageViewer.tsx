// A JPEG or PNG from the vault, with the same zoom and rotation controls as a PDF.
import { useReducer, useState, type ReactNode } from 'react';
import { ImageView } from './ImageView';
import { rotatedSize, type Size } from './rotation';
import { useElementSize } from './useElementSize';
import { useVaultImage } from './useVaultImage';
import { initialViewerState, viewerReducer } from './viewer-state';
import { ViewerFrame } from './ViewerFrame';
import { ViewerFailure, ViewerLoading } from './ViewerStatus';
import { ViewerToolbar } from './ViewerToolbar';
import { resolveZoom } from './zoom';

interface ImageViewerProps {
  readonly url: string;
  readonly mediaType: string;
  readonly title: string;
}

export function ImageViewer({ url, mediaType, title }: ImageViewerProps): ReactNode {
  const loaded = useVaultImage(url, mediaType);
  const [undecodable, setUndecodable] = useState(false);
  if (loaded.status === 'failed' || undecodable) {
    return (
      <ViewerFrame title={title}>
        <ViewerFailure failure={loaded.status === 'failed' ? loaded.failure : { kind: 'image-unreadable' }} />
      </ViewerFrame>
    );
  }
  if (loaded.status === 'loading') {
    return (
      <ViewerFrame title={title}>
        <ViewerLoading />
      </ViewerFrame>
    );
  }
  return (
    <LoadedImage
      objectUrl={loaded.objectUrl}
      title={title}
      onUndecodable={() => {
        setUndecodable(true);
      }}
    />
  );
}

interface LoadedImageProps {
  readonly objectUrl: string;
  readonly title: string;
  readonly onUndecodable: () => void;
}

function LoadedImage({ objectUrl, title, onUndecodable }: LoadedImageProps): ReactNode {
  const [state, dispatch] = useReducer(viewerReducer, undefined, () => initialViewerState(1, 1));
  const [natural, setNatural] = useState<Size>();
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const area = useElementSize(pane);
  const shown = natural !== undefined && area !== undefined ? resolveZoom(state.zoom, rotatedSize(natural, state.rotation), area) : undefined;

  return (
    <ViewerFrame title={title} toolbar={<ViewerToolbar state={state} shown={shown} paged={false} dispatch={dispatch} />} paneRef={setPane}>
      {natural === undefined && <ViewerLoading />}
      <ImageView url={objectUrl} title={title} natural={natural} zoom={shown} rotation={state.rotation} onLoad={setNatural} onError={onUndecodable} />
    </ViewerFrame>
  );
}
