import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampZoom, fitScale, maxZoom, minZoom, resolveZoom, zoomIn, zoomOut, zoomPercent } from './zoom';

// An A4 page at 100% (595 × 842 pt at 96/72 CSS px per pt).
const a4 = { width: 793.33, height: 1122.67 };

describe('fitScale', () => {
  it('fills the width of the area', () => {
    expect(fitScale('fit-width', a4, { width: 793.33, height: 300 })).toBeCloseTo(1);
    expect(fitScale('fit-width', a4, { width: 396.665, height: 300 })).toBeCloseTo(0.5);
  });

  it('fits the whole page by whichever side is tighter', () => {
    // A wide, short pane: the height decides.
    expect(fitScale('fit-page', a4, { width: 2000, height: 561.335 })).toBeCloseTo(0.5);
    // A tall, narrow pane: the width decides.
    expect(fitScale('fit-page', a4, { width: 396.665, height: 5000 })).toBeCloseTo(0.5);
  });

  it('stays within the zoom limits', () => {
    expect(fitScale('fit-width', a4, { width: 10, height: 10 })).toBe(minZoom);
    expect(fitScale('fit-width', { width: 10, height: 10 }, { width: 5000, height: 5000 })).toBe(maxZoom);
  });

  it('answers 1 for content without a size instead of dividing by zero', () => {
    expect(fitScale('fit-page', { width: 0, height: 0 }, { width: 500, height: 500 })).toBe(1);
  });

  it('fit-page never shows more than the area, for any content and area', () => {
    const side = fc.double({ min: 50, max: 5000, noNaN: true });
    fc.assert(
      fc.property(side, side, side, side, (cw, ch, aw, ah) => {
        const scale = fitScale('fit-page', { width: cw, height: ch }, { width: aw, height: ah });
        if (scale > minZoom) {
          expect(cw * scale).toBeLessThanOrEqual(aw * (1 + 1e-9));
          expect(ch * scale).toBeLessThanOrEqual(ah * (1 + 1e-9));
        }
      }),
    );
  });
});

describe('resolveZoom', () => {
  const area = { width: 396.665, height: 10_000 };
  it('uses a chosen scale as it is, within limits', () => {
    expect(resolveZoom({ kind: 'scale', scale: 1.5 }, a4, area)).toBe(1.5);
    expect(resolveZoom({ kind: 'scale', scale: 50 }, a4, area)).toBe(maxZoom);
  });
  it('computes fit modes from the content and area', () => {
    expect(resolveZoom({ kind: 'fit-width' }, a4, area)).toBeCloseTo(0.5);
  });
});

describe('zoomIn / zoomOut', () => {
  it('walks the steps', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
  });
  it('moves from an in-between (fit) scale to the neighbouring step', () => {
    expect(zoomIn(0.8)).toBe(0.9);
    expect(zoomOut(0.8)).toBe(0.75);
  });
  it('does not stall on a scale a hair below a step', () => {
    expect(zoomIn(0.999_999)).toBe(1.1);
  });
  it('stops at the limits', () => {
    expect(zoomIn(maxZoom)).toBe(maxZoom);
    expect(zoomOut(minZoom)).toBe(minZoom);
  });
  it('always moves in the asked direction unless at a limit', () => {
    fc.assert(
      fc.property(fc.double({ min: minZoom, max: maxZoom, noNaN: true }), (s) => {
        if (s < maxZoom - 0.01) expect(zoomIn(s)).toBeGreaterThan(s);
        if (s > minZoom + 0.01) expect(zoomOut(s)).toBeLessThan(s);
      }),
    );
  });
});

describe('helpers', () => {
  it('clamps and guards non-numbers', () => {
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(0.01)).toBe(minZoom);
  });
  it('shows percentages rounded', () => {
    expect(zoomPercent(0.666)).toBe(67);
    expect(zoomPercent(1)).toBe(100);
  });
});
