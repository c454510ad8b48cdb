import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRotation, rotateClockwise, rotateCounterClockwise, rotatedSize, type Rotation } from './rotation';

describe('normalizeRotation', () => {
  it.each([
    [0, 0],
    [90, 90],
    [360, 0],
    [450, 90],
    [-90, 270],
    [-270, 90],
    [45, 0],
    [Number.NaN, 0],
  ])('%d° → %d°', (degrees, expected) => {
    expect(normalizeRotation(degrees)).toBe(expected);
  });
});

describe('rotating', () => {
  const rotation = fc.constantFrom<Rotation>(0, 90, 180, 270);

  it('four quarter turns come back to the start', () => {
    fc.assert(
      fc.property(rotation, (r) => {
        expect(rotateClockwise(rotateClockwise(rotateClockwise(rotateClockwise(r))))).toBe(r);
      }),
    );
  });

  it('turning back undoes a turn', () => {
    fc.assert(
      fc.property(rotation, (r) => {
        expect(rotateCounterClockwise(rotateClockwise(r))).toBe(r);
      }),
    );
  });

  it('steps clockwise from 270 to 0 and back', () => {
    expect(rotateClockwise(270)).toBe(0);
    expect(rotateCounterClockwise(0)).toBe(270);
  });
});

describe('rotatedSize', () => {
  const a4 = { width: 595, height: 842 };
  it('keeps the size upright and upside down', () => {
    expect(rotatedSize(a4, 0)).toEqual(a4);
    expect(rotatedSize(a4, 180)).toEqual(a4);
  });
  it('swaps width and height on a quarter turn', () => {
    expect(rotatedSize(a4, 90)).toEqual({ width: 842, height: 595 });
    expect(rotatedSize(a4, 270)).toEqual({ width: 842, height: 595 });
  });
});
