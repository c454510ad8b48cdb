// A small flowing-layout writer for the sample documents: headings, wrapped paragraphs, label/value
// rows, tables whose header repeats on each page, signature blocks and page numbers. Helvetica
// (WinAnsi) covers the Indonesian text these samples hold; anything it cannot encode becomes "?"
// rather than failing. Output is deterministic (fixed dates, no random ids), so the same
// application always gives the same bytes and the same SHA-256.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 64, bottom: 64, left: 64, right: 64 };
const INK = rgb(0.1, 0.1, 0.12);
const RULE = rgb(0.55, 0.55, 0.6);

// Printable ASCII, Latin-1 and the WinAnsi extras a typist would use.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    out += (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(ch) ? ch : '?';
  }
  return out;
}

export interface Column {
  readonly header: string;
  /** Share of the text width. */
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  /** Fixed timestamp written as the PDF's creation and modification date. */
  readonly date: Date;
}

export class PdfWriter {
  #page!: PDFPage;
  #y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(info: DocumentInfo): Promise<PdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle(winAnsi(info.title));
    doc.setAuthor(winAnsi(info.author));
    doc.setProducer('Verikop contoh paket (pdf-lib)');
    doc.setCreationDate(info.date);
    doc.setModificationDate(info.date);
    return new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  }

  get width(): number {
    return A4[0] - MARGIN.left - MARGIN.right;
  }

  newPage(): void {
    this.#page = this.doc.addPage(A4);
    this.#y = A4[1] - MARGIN.top;
  }

  /** Starts a new page unless `height` points still fit. */
  ensure(height: number): void {
    if (this.#y - height < MARGIN.bottom) this.newPage();
  }

  space(points: number): void {
    this.#y -= points;
  }

  /** Centered lines, e.g. a letterhead or a document title. */
  centered(lines: readonly string[], size: number, bold = true): void {
    const font = bold ? this.bold : this.regular;
    for (const line of lines) {
      this.ensure(size * 1.4);
      const text = winAnsi(line);
      const x = MARGIN.left + (this.width - font.widthOfTextAtSize(text, size)) / 2;
      this.#page.drawText(text, { x, y: this.#y - size, size, font, color: INK });
      this.#y -= size * 1.4;
    }
  }

  rule(thickness = 1.2): void {
    this.ensure(8);
    this.#page.drawLine({ start: { x: MARGIN.left, y: this.#y - 3 }, end: { x: A4[0] - MARGIN.right, y: this.#y - 3 }, thickness, color: INK });
    this.#y -= 10;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; indent?: number } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.bold === true ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    for (const line of this.wrap(text, font, size, this.width - indent)) {
      this.ensure(size * 1.45);
      this.#page.drawText(line, { x: MARGIN.left + indent, y: this.#y - size, size, font, color: INK });
      this.#y -= size * 1.45;
    }
    this.#y -= size * 0.4;
  }

  /** "Label : value" rows with aligned colons; long values wrap under themselves. */
  fields(rows: readonly (readonly [string, string])[], labelWidth = 150, size = 10.5): void {
    for (const [label, value] of rows) {
      const lines = this.wrap(value, this.regular, size, this.width - labelWidth - 12);
      this.ensure(size * 1.45 * lines.length);
      this.#page.drawText(winAnsi(label), { x: MARGIN.left, y: this.#y - size, size, font: this.regular, color: INK });
      this.#page.drawText(':', { x: MARGIN.left + labelWidth, y: this.#y - size, size, font: this.regular, color: INK });
      for (const line of lines) {
        this.#page.drawText(line, { x: MARGIN.left + labelWidth + 10, y: this.#y - size, size, font: this.regular, color: INK });
        this.#y -= size * 1.45;
      }
    }
    this.#y -= size * 0.4;
  }

  /** A ruled table; rows never split across pages, and the header repeats on every page. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 9): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const lineHeight = size * 1.35;
    const drawRow = (cells: readonly string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => this.wrap(cell, font, size, (widths[i] ?? 0) - 8));
      const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight + 6;
      let x = MARGIN.left;
      wrapped.forEach((lines, i) => {
        const w = widths[i] ?? 0;
        lines.forEach((line, j) => {
          const lineWidth = font.widthOfTextAtSize(line, size);
          const tx = columns[i]?.align === 'right' ? x + w - 4 - lineWidth : x + 4;
          this.#page.drawText(line, { x: tx, y: this.#y - 3 - size - j * lineHeight, size, font, color: INK });
        });
        x += w;
      });
      this.#y -= height;
      this.#page.drawLine({ start: { x: MARGIN.left, y: this.#y }, end: { x: MARGIN.left + this.width, y: this.#y }, thickness: 0.5, color: RULE });
      return height;
    };
    const header = () => {
      this.#page.drawLine({ start: { x: MARGIN.left, y: this.#y }, end: { x: MARGIN.left + this.width, y: this.#y }, thickness: 0.8, color: INK });
      drawRow(columns.map((c) => c.header), this.bold);
    };
    this.ensure(lineHeight * 3);
    header();
    for (const row of rows) {
      const needed = Math.max(...row.map((cell, i) => this.wrap(cell, this.regular, size, (widths[i] ?? 0) - 8).length)) * lineHeight + 6;
      if (this.#y - needed < MARGIN.bottom) {
        this.newPage();
        header();
      }
      drawRow(row, this.regular);
    }
    this.#y -= 8;
  }

  /** Place and date, the office, room for a signature, then name and identifier. */
  signature(lines: { placeDate: string; office: readonly string[]; name: string; id?: string }): void {
    const x = MARGIN.left + this.width * 0.55;
    const size = 10.5;
    const block = [lines.placeDate, ...lines.office, '', '', '', lines.name, ...(lines.id === undefined ? [] : [lines.id])];
    this.ensure(block.length * size * 1.45 + 10);
    this.#y -= 10;
    for (const line of block) {
      const isName = line === lines.name;
      const font = isName ? this.bold : this.regular;
      const text = winAnsi(line);
      this.#page.drawText(text, { x, y: this.#y - size, size, font, color: INK });
      if (isName) {
        const end = x + font.widthOfTextAtSize(text, size);
        this.#page.drawLine({ start: { x, y: this.#y - size - 2 }, end: { x: end, y: this.#y - size - 2 }, thickness: 0.6, color: INK });
      }
      this.#y -= size * 1.45;
    }
  }

  /** Writes "Halaman i dari n" on every page and returns the finished file. */
  async finish(): Promise<{ bytes: Uint8Array; pages: number }> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const text = `Halaman ${i + 1} dari ${pages.length}`;
      const size = 8.5;
      page.drawText(text, { x: A4[0] - MARGIN.right - this.regular.widthOfTextAtSize(text, size), y: MARGIN.bottom / 2, size, font: this.regular, color: RULE });
    });
    return { bytes: await this.doc.save({ useObjectStreams: false }), pages: pages.length };
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of winAnsi(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (font.widthOfTextAtSize(candidate, size) <= width || line === '') line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}
