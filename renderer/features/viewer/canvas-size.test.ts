import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canvasPixels, maxCanvasPixels, outputScaleFor } from './canvas-size';

describe('outputScaleFor', () => {
  const a4At100 = { width: 794, height: 1123 };

  it('uses the device pixel ratio while the canvas is within budget', () => {
    expect(outputScaleFor(a4At100, 2)).toBe(2);
    expect(outputScaleFor(a4At100, 1)).toBe(1);
  });

  it('lowers the ratio for a page too large for the budget', () => {
    const a4At500 = { width: 794 * 5, height: 1123 * 5 };
    const scale = outputScaleFor(a4At500, 2);
    expect(scale).toBeLessThan(2);
    const pixels = canvasPixels(a4At500, scale);
    expect(pixels.width * pixels.height).toBeLessThanOrEqual(maxCanvasPixels);
  });

  it('treats a missing or nonsense ratio as 1', () => {
    expect(outputScaleFor(a4At100, 0)).toBe(1);
    expect(outputScaleFor(a4At100, Number.NaN)).toBe(1);
  });

  it('never exceeds the budget or the device ratio', () => {
    const side = fc.double({ min: 1, max: 50_000, noNaN: true });
    fc.assert(
      fc.property(side, side, fc.double({ min: 0.5, max: 4, noNaN: true }), (w, h, dpr) => {
        const size = { width: w, height: h };
        const scale = outputScaleFor(size, dpr);
        expect(scale).toBeLessThanOrEqual(dpr);
        const pixels = canvasPixels(size, scale);
        expect(pixels.width * pixels.height).toBeLessThanOrEqual(maxCanvasPixels);
      }),
    );
  });
});

describe('canvasPixels', () => {
  it('rounds down to whole pixels and never reaches zero', () => {
    expect(canvasPixels({ width: 100.7, height: 50.2 }, 2)).toEqual({ width: 201, height: 100 });
    expect(canvasPixels({ width: 0.1, height: 0.1 }, 1)).toEqual({ width: 1, height: 1 });
  });
});
