// A top-to-bottom flow of content over A4 pages: paragraphs that wrap and continue on the next
// page line by line, blocks that must stay whole, and page-final decoration (footers, page
// numbers) once the page count is known. Positions are kept as distances from the top of the
// page; pdf-lib's bottom-left origin appears only where drawing happens.
import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import { wrapText, type WrappedLine } from './text';

export const A4: readonly [number, number] = [595.28, 841.89];
export const mm = (value: number): number => (value * 72) / 25.4;

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly align?: Align;
  /** Line height as a multiple of the size. */
  readonly leading?: number;
  readonly color?: RGB;
}

export interface ParagraphOptions {
  /** Left inset from the content box, points. */
  readonly indent?: number;
  /** Width to use instead of the rest of the content box. */
  readonly width?: number;
  readonly spaceAfter?: number;
}

/** A drawing region handed to blocks: the page, its left edge and top (pdf-lib coordinates), width. */
export interface Region {
  readonly page: PDFPage;
  readonly x: number;
  /** pdf-lib y of the region's top edge. */
  readonly top: number;
  readonly width: number;
}

export const BLACK = rgb(0, 0, 0);

export class Flow {
  readonly pages: PDFPage[] = [];
  #page: PDFPage | undefined;
  #y = 0;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: DocumentFonts,
    readonly margins: Margins,
    readonly size: readonly [number, number] = A4,
  ) {}

  get contentWidth(): number {
    return this.size[0] - this.margins.left - this.margins.right;
  }

  get page(): PDFPage {
    return this.#page ?? this.newPage();
  }

  /** Distance from the page top to the cursor. */
  get cursor(): number {
    if (this.#page === undefined) this.newPage();
    return this.#y;
  }

  /** Room left on this page above the bottom margin. */
  get remaining(): number {
    return this.size[1] - this.margins.bottom - this.cursor;
  }

  /** Room on a fresh page: the most any unbreakable block can have. */
  get pageCapacity(): number {
    return this.size[1] - this.margins.bottom - this.margins.top;
  }

  newPage(): PDFPage {
    this.#page = this.doc.addPage([this.size[0], this.size[1]]);
    this.pages.push(this.#page);
    this.#y = this.margins.top;
    return this.#page;
  }

  font(bold = false): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.remaining < height && this.cursor > this.margins.top) this.newPage();
  }

  space(height: number): void {
    if (this.remaining <= height) this.newPage();
    else this.#y += height;
  }

  /** pdf-lib y of a distance from the top. */
  yOf(top: number): number {
    return this.size[1] - top;
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? 1.35);
  }

  wrap(text: string, style: TextStyle, width: number): WrappedLine[] {
    return wrapText(this.fonts.clean(text), this.font(style.bold), style.size, width);
  }

  /** Draws one line with its top at `top` (distance from the page top). */
  drawLine(page: PDFPage, line: WrappedLine, x: number, top: number, width: number, style: TextStyle): void {
    const font = this.font(style.bold);
    const baseline = this.yOf(top) - font.heightAtSize(style.size, { descender: false }) - (this.lineHeight(style) - style.size) / 2;
    const color = style.color ?? BLACK;
    const align = style.align ?? 'left';
    const textWidth = font.widthOfTextAtSize(line.text, style.size);
    const words = line.text.split(' ');
    if (align === 'justify' && !line.last && words.length > 1) {
      const gap = (width - font.widthOfTextAtSize(words.join(''), style.size)) / (words.length - 1);
      let cx = x;
      for (const word of words) {
        page.drawText(word, { x: cx, y: baseline, size: style.size, font, color });
        cx += font.widthOfTextAtSize(word, style.size) + gap;
      }
      return;
    }
    const offset = align === 'center' ? (width - textWidth) / 2 : align === 'right' ? width - textWidth : 0;
    page.drawText(line.text, { x: x + offset, y: baseline, size: style.size, font, color });
  }

  /** A paragraph that wraps and continues on following pages as needed. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const width = options.width ?? this.contentWidth - indent;
    const lh = this.lineHeight(style);
    for (const line of this.wrap(text, style, width)) {
      this.ensure(lh);
      this.drawLine(this.page, line, this.margins.left + indent, this.#y, width, style);
      this.#y += lh;
    }
    if (options.spaceAfter !== undefined) this.space(options.spaceAfter);
  }

  /** A block of known height that must not be split: moved to a new page if it does not fit. */
  block(height: number, draw: (region: Region) => void): void {
    this.ensure(height);
    draw({ page: this.page, x: this.margins.left, top: this.yOf(this.#y), width: this.contentWidth });
    this.#y += height;
  }

  /** Moves the cursor down by `height` on the current page (the caller has checked it fits). */
  advance(height: number): void {
    this.#y += height;
  }

  /** Calls `decorate` for every page once the count is final (footers, "Halaman X dari Y"). */
  finish(decorate: (page: PDFPage, index: number, count: number) => void): void {
    this.pages.forEach((page, i) => {
      decorate(page, i, this.pages.length);
    });
  }
}
