// Zoom arithmetic. A scale of 1 shows the document at its real size: a PDF page at 96 CSS pixels
// per inch, an image at one CSS pixel per image pixel. "Fit" modes are kept as modes, not as the
// number they produced, so the page follows the pane when the window is resized or rotated.
import type { Size } from './rotation';

export type ZoomMode =
  | { readonly kind: 'fit-width' }
  | { readonly kind: 'fit-page' }
  | { readonly kind: 'scale'; readonly scale: number };

export const minZoom = 0.25;
export const maxZoom = 5;

// The steps +/- walk through: the familiar ones of document viewers, dense around 100%.
const zoomSteps: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];

// Fit scales are rarely exactly a step; without a tolerance, "zoom in" from 99.99999% would land
// on 100% and look like nothing happened.
const tolerance = 0.005;

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(maxZoom, Math.max(minZoom, scale));
}

/** The scale at which `content` (already rotated) fills the width, or fits whole, in `area`. */
export function fitScale(kind: 'fit-width' | 'fit-page', content: Size, area: Size): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  const byWidth = area.width / content.width;
  const scale = kind === 'fit-width' ? byWidth : Math.min(byWidth, area.height / content.height);
  return clampZoom(scale);
}

export function resolveZoom(mode: ZoomMode, content: Size, area: Size): number {
  return mode.kind === 'scale' ? clampZoom(mode.scale) : fitScale(mode.kind, content, area);
}

export function zoomIn(current: number): number {
  return zoomSteps.find((step) => step > current + tolerance) ?? maxZoom;
}

export function zoomOut(current: number): number {
  return [...zoomSteps].reverse().find((step) => step < current - tolerance) ?? minZoom;
}

export const zoomPercent = (scale: number): number => Math.round(scale * 100);
