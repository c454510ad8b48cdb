// What the viewer shows — page, zoom, rotation — as a reducer, so every control (buttons, page
// box, keys, thumbnails) goes through the same few rules.
import { clampPage, movePage, type PageMove } from './pages';
import { rotateClockwise, rotateCounterClockwise, type Rotation } from './rotation';
import { clampZoom, zoomIn, zoomOut, type ZoomMode } from './zoom';

export interface ViewerState {
  readonly page: number;
  /** 1 for an image. */
  readonly pageCount: number;
  readonly zoom: ZoomMode;
  readonly rotation: Rotation;
}

export type ViewerAction =
  | { readonly type: 'go-to-page'; readonly page: number }
  | { readonly type: 'move'; readonly move: PageMove }
  // `shown` is the scale on screen now: a fit mode has no number of its own to step from.
  | { readonly type: 'zoom-in'; readonly shown: number }
  | { readonly type: 'zoom-out'; readonly shown: number }
  | { readonly type: 'fit'; readonly kind: 'fit-width' | 'fit-page' }
  | { readonly type: 'rotate'; readonly direction: 'clockwise' | 'counter-clockwise' };

// A document opens filling the width of the pane: beside the checklist the pane is narrow, and
// text is read, not glanced at.
export const defaultZoom: ZoomMode = { kind: 'fit-width' };

export function initialViewerState(pageCount: number, initialPage: number | undefined): ViewerState {
  return { page: clampPage(initialPage ?? 1, pageCount), pageCount, zoom: defaultZoom, rotation: 0 };
}

export function viewerReducer(state: ViewerState, action: ViewerAction): ViewerState {
  switch (action.type) {
    case 'go-to-page':
      return withPage(state, clampPage(action.page, state.pageCount));
    case 'move':
      return withPage(state, movePage(state.page, state.pageCount, action.move));
    case 'zoom-in':
      return { ...state, zoom: { kind: 'scale', scale: zoomIn(clampZoom(action.shown)) } };
    case 'zoom-out':
      return { ...state, zoom: { kind: 'scale', scale: zoomOut(clampZoom(action.shown)) } };
    case 'fit':
      return { ...state, zoom: { kind: action.kind } };
    case 'rotate': {
      const turn = action.direction === 'clockwise' ? rotateClockwise : rotateCounterClockwise;
      return { ...state, rotation: turn(state.rotation) };
    }
  }
}

// Same object when nothing changes, so React skips the re-render.
const withPage = (state: ViewerState, page: number): ViewerState => (page === state.page ? state : { ...state, page });
