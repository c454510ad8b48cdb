import { describe, expect, it } from 'vitest';
import { initialViewerState, viewerReducer, type ViewerState } from './viewer-state';

const tenPages: ViewerState = initialViewerState(10, undefined);

describe('initialViewerState', () => {
  it('opens on page 1, filling the width, upright', () => {
    expect(tenPages).toEqual({ page: 1, pageCount: 10, zoom: { kind: 'fit-width' }, rotation: 0 });
  });
  it('opens on the asked page, kept inside the document', () => {
    expect(initialViewerState(10, 4).page).toBe(4);
    expect(initialViewerState(10, 40).page).toBe(10);
    expect(initialViewerState(10, 0).page).toBe(1);
  });
});

describe('viewerReducer', () => {
  it('goes to a page, clamped', () => {
    expect(viewerReducer(tenPages, { type: 'go-to-page', page: 7 }).page).toBe(7);
    expect(viewerReducer(tenPages, { type: 'go-to-page', page: 70 }).page).toBe(10);
  });

  it('keeps the same state object when the page does not change', () => {
    expect(viewerReducer(tenPages, { type: 'move', move: 'previous' })).toBe(tenPages);
    expect(viewerReducer(tenPages, { type: 'go-to-page', page: 1 })).toBe(tenPages);
  });

  it('moves by the paging moves', () => {
    const atFive = viewerReducer(tenPages, { type: 'go-to-page', page: 5 });
    expect(viewerReducer(atFive, { type: 'move', move: 'next' }).page).toBe(6);
    expect(viewerReducer(atFive, { type: 'move', move: 'previous' }).page).toBe(4);
    expect(viewerReducer(atFive, { type: 'move', move: 'first' }).page).toBe(1);
    expect(viewerReducer(atFive, { type: 'move', move: 'last' }).page).toBe(10);
  });

  it('zooms from the scale on screen, leaving the fit mode', () => {
    const zoomedIn = viewerReducer(tenPages, { type: 'zoom-in', shown: 0.8 });
    expect(zoomedIn.zoom).toEqual({ kind: 'scale', scale: 0.9 });
    const zoomedOut = viewerReducer(zoomedIn, { type: 'zoom-out', shown: 0.9 });
    expect(zoomedOut.zoom).toEqual({ kind: 'scale', scale: 0.75 });
  });

  it('returns to a fit mode', () => {
    const zoomed = viewerReducer(tenPages, { type: 'zoom-in', shown: 1 });
    expect(viewerReducer(zoomed, { type: 'fit', kind: 'fit-page' }).zoom).toEqual({ kind: 'fit-page' });
  });

  it('rotates in quarter turns both ways, keeping page and zoom', () => {
    const atThree = viewerReducer(tenPages, { type: 'go-to-page', page: 3 });
    const right = viewerReducer(atThree, { type: 'rotate', direction: 'clockwise' });
    expect(right).toMatchObject({ rotation: 90, page: 3, zoom: { kind: 'fit-width' } });
    expect(viewerReducer(right, { type: 'rotate', direction: 'counter-clockwise' }).rotation).toBe(0);
    expect(viewerReducer(atThree, { type: 'rotate', direction: 'counter-clockwise' }).rotation).toBe(270);
  });
});
