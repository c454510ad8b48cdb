// How many device pixels a rendered page gets. Sharp text needs the device pixel ratio, but a
// canvas costs 4 bytes per pixel: an A4 page at 500% on a 2x screen would be ~130 MB, and
// Chromium refuses very large canvases outright (leaving a blank page). Above the budget the
// page is rendered at a lower ratio: slightly soft, never blank.
import type { Size } from './rotation';

/** 16.7 million pixels (64 MB): about an A4 page at 250% on a 2x screen. */
export const maxCanvasPixels = 4096 * 4096;

export function outputScaleFor(cssSize: Size, devicePixelRatio: number, maxPixels = maxCanvasPixels): number {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const cssPixels = cssSize.width * cssSize.height;
  if (cssPixels <= 0) return ratio;
  return Math.min(ratio, Math.sqrt(maxPixels / cssPixels));
}

/** Whole device pixels for a canvas of that CSS size, at least one each way. */
export function canvasPixels(cssSize: Size, outputScale: number): Size {
  return {
    width: Math.max(1, Math.floor(cssSize.width * outputScale)),
    height: Math.max(1, Math.floor(cssSize.height * outputScale)),
  };
}
