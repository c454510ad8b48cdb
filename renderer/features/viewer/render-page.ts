// Draws a PDF page into a fresh canvas. The caller shows the canvas only once it is complete, so
// zooming never flashes an empty page, and cancels the render when it is no longer wanted.
import { RenderingCancelledException, type PDFPageProxy } from 'pdfjs-dist';
import { canvasPixels, outputScaleFor } from './canvas-size';
import { normalizeRotation, type Rotation, type Size } from './rotation';

// PDF sizes are in points (1/72 inch); at 100% a page should measure as on paper, at 96 CSS
// pixels per inch.
const cssPixelsPerPoint = 96 / 72;

/** The page's own /Rotate plus the viewer's rotation. */
const totalRotation = (page: PDFPageProxy, rotation: Rotation): Rotation => normalizeRotation(page.rotate + rotation);

/** The page's size on screen at 100%, in CSS pixels, as turned. */
export function pageSize(page: PDFPageProxy, rotation: Rotation): Size {
  const { width, height } = page.getViewport({ scale: cssPixelsPerPoint, rotation: totalRotation(page, rotation) });
  return { width, height };
}

export interface PageRender {
  readonly canvas: HTMLCanvasElement;
  /** Resolves when the canvas is complete; rejects with the reason the page could not be drawn. */
  readonly done: Promise<void>;
  cancel(): void;
}

export function renderPage(page: PDFPageProxy, zoom: number, rotation: Rotation, devicePixelRatio: number): PageRender {
  const viewport = page.getViewport({ scale: zoom * cssPixelsPerPoint, rotation: totalRotation(page, rotation) });
  const pixels = canvasPixels(viewport, outputScaleFor(viewport, devicePixelRatio));
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  // The canvas fills the box the component sized; while a new zoom renders, the previous canvas
  // is stretched to the new size rather than jumping.
  canvas.style.display = 'block';
  canvas.style.width = '100%';
  canvas.style.height = '100%';
  const task = page.render({
    canvas,
    viewport,
    transform: [pixels.width / viewport.width, 0, 0, pixels.height / viewport.height, 0, 0],
  });
  return {
    canvas,
    done: task.promise,
    cancel: () => {
      task.cancel();
    },
  };
}

/** True for the rejection a cancelled render ends with, which is not a failure. */
export const isCancelledRender = (error: unknown): boolean => error instanceof RenderingCancelledException;
