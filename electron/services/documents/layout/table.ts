// Tables that break across pages: the header row is repeated on every page the table reaches,
// a row that fits on a page is never split, and a row taller than a whole page (a long note) is
// continued line by line on the next page under a repeated header.
import { rgb, type RGB } from 'pdf-lib';
import type { Align, Flow } from './flow';
import type { WrappedLine } from './text';

export interface Column {
  readonly header: string;
  /** Relative width; columns share the content width in proportion. */
  readonly weight: number;
  readonly align?: Align;
}

export interface Cell {
  readonly text: string;
  /** Bold text (named so it cannot be mistaken for the deprecated String.prototype.bold). */
  readonly strong?: boolean;
  readonly align?: Align;
}

export interface TableSpec {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly (string | Cell)[])[];
  readonly size: number;
  readonly padding?: number;
  /** Grid lines and a shaded header; off for label/value lists in letters. */
  readonly borders?: boolean;
  readonly headerFill?: RGB;
  /** Left inset from the content box. */
  readonly indent?: number;
  /** Total width; the rest of the content box after the indent when absent. */
  readonly width?: number;
}

const HEADER_FILL = rgb(0.9, 0.92, 0.95);
const GRID = rgb(0.25, 0.25, 0.25);

const cellOf = (c: string | Cell): Cell => (typeof c === 'string' ? { text: c } : c);

export function drawTable(flow: Flow, spec: TableSpec): void {
  const pad = spec.padding ?? 3;
  const borders = spec.borders ?? true;
  const indent = spec.indent ?? 0;
  const total = spec.columns.reduce((n, c) => n + c.weight, 0);
  const widths = spec.columns.map((c) => (c.weight / total) * (spec.width ?? flow.contentWidth - indent));
  const lefts = widths.map((_, i) => flow.margins.left + indent + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lh = flow.lineHeight({ size: spec.size });
  const hasHeader = spec.columns.some((c) => c.header !== '');
  const header: Cell[] = spec.columns.map((c) => ({ text: c.header, strong: true, align: 'center' }));
  const headerLines = header.map((c, i) => flow.wrap(c.text, { size: spec.size, bold: true }, (widths[i] ?? 0) - 2 * pad));
  const headerHeight = hasHeader ? Math.max(...headerLines.map((l) => l.length)) * lh + 2 * pad : 0;

  const drawSegment = (cells: readonly Cell[], lines: readonly (readonly WrappedLine[])[], height: number, fill?: RGB): void => {
    const page = flow.page;
    const top = flow.cursor;
    cells.forEach((cell, i) => {
      const x = lefts[i] ?? 0;
      const w = widths[i] ?? 0;
      if (borders) {
        page.drawRectangle({ x, y: flow.yOf(top + height), width: w, height, borderColor: GRID, borderWidth: 0.5, color: fill });
      }
      const style = { size: spec.size, bold: cell.strong, align: cell.align ?? spec.columns[i]?.align ?? 'left' };
      (lines[i] ?? []).forEach((line, k) => {
        flow.drawLine(page, line, x + pad, top + pad + k * lh, w - 2 * pad, style);
      });
    });
    flow.advance(height);
  };

  const drawHeader = (): void => {
    if (hasHeader) drawSegment(header, headerLines, headerHeight, spec.headerFill ?? HEADER_FILL);
  };

  flow.ensure(headerHeight + lh + 2 * pad);
  drawHeader();
  for (const row of spec.rows) {
    const cells = spec.columns.map((_, i) => cellOf(row[i] ?? ''));
    let pending = cells.map((c, i) => flow.wrap(c.text, { size: spec.size, bold: c.strong }, (widths[i] ?? 0) - 2 * pad));
    for (;;) {
      const height = Math.max(1, ...pending.map((l) => l.length)) * lh + 2 * pad;
      if (height <= flow.remaining) {
        drawSegment(cells, pending, height);
        break;
      }
      const fitting = Math.floor((flow.remaining - 2 * pad) / lh);
      const fitsOnFreshPage = height <= flow.pageCapacity - headerHeight;
      if (!fitsOnFreshPage && fitting >= 2) {
        drawSegment(cells, pending.map((l) => l.slice(0, fitting)), fitting * lh + 2 * pad);
        pending = pending.map((l) => l.slice(fitting));
      }
      flow.newPage();
      drawHeader();
    }
  }
}
