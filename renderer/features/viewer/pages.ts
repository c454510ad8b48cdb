// Page numbers as people use them: 1-based, never outside the document.

export type PageMove = 'previous' | 'next' | 'first' | 'last';

/** A page number within 1..pageCount; anything that is not a number goes to page 1. */
export function clampPage(page: number, pageCount: number): number {
  const last = Math.max(1, Math.floor(pageCount));
  if (!Number.isFinite(page)) return 1;
  return Math.min(last, Math.max(1, Math.round(page)));
}

export function movePage(page: number, pageCount: number, move: PageMove): number {
  switch (move) {
    case 'previous':
      return clampPage(page - 1, pageCount);
    case 'next':
      return clampPage(page + 1, pageCount);
    case 'first':
      return 1;
    case 'last':
      return clampPage(pageCount, pageCount);
  }
}

/**
 * What a person typed into the page box, if it names a page of this document. Only digits count:
 * "3" and " 3 " do, "3a", "2.5", "-1" and "0" do not, so a slip of the finger leaves the page as
 * it was instead of jumping somewhere unexpected.
 */
export function parsePageInput(text: string, pageCount: number): number | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]{1,6}$/.test(trimmed)) return undefined;
  const page = Number(trimmed);
  return page >= 1 && page <= pageCount ? page : undefined;
}

// The keys of every document viewer. Arrow keys are left alone: they scroll a zoomed page.
// A Map, not an object literal: a key named "toString" must not find Object.prototype.
const keyMoves: ReadonlyMap<string, PageMove> = new Map([
  ['PageUp', 'previous'],
  ['PageDown', 'next'],
  ['Home', 'first'],
  ['End', 'last'],
]);

export const pageMoveForKey = (key: string): PageMove | undefined => keyMoves.get(key);
