// Rotation of what the viewer shows, in quarter turns. The viewer's rotation is the person's
// choice and is added to the page's own /Rotate, so a scanned page saved sideways can be turned
// upright without changing the file.

export type Rotation = 0 | 90 | 180 | 270;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Any whole number of degrees onto 0–270; values that are not quarter turns count as 0. */
export function normalizeRotation(degrees: number): Rotation {
  if (!Number.isInteger(degrees) || degrees % 90 !== 0) return 0;
  const turned = ((degrees % 360) + 360) % 360;
  return turned as Rotation;
}

export const rotateClockwise = (rotation: Rotation): Rotation => normalizeRotation(rotation + 90);

export const rotateCounterClockwise = (rotation: Rotation): Rotation => normalizeRotation(rotation - 90);

/** The size a box takes once turned: a quarter turn swaps width and height. */
export function rotatedSize(size: Size, rotation: Rotation): Size {
  return rotation === 90 || rotation === 270 ? { width: size.height, height: size.width } : size;
}
