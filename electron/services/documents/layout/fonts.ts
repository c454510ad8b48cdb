// The embedded typeface of every Verikop document: DejaVu Sans (regular and bold), shipped in
// assets/fonts with its licence. pdf-lib's standard fonts are WinAnsi only; DejaVu covers
// Indonesian text and the punctuation people paste in. Subsetting keeps each PDF small.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { sanitize } from './text';

/** assets/fonts of the repository (or of the packaged app, where assets sit beside the code). */
export const DEFAULT_FONTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../assets/fonts');

export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export async function loadFontFiles(dir: string = DEFAULT_FONTS_DIR): Promise<FontFiles> {
  const [regular, bold] = await Promise.all([readFile(path.join(dir, 'DejaVuSans.ttf')), readFile(path.join(dir, 'DejaVuSans-Bold.ttf'))]);
  return { regular, bold };
}

export interface DocumentFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** Makes text drawable with these fonts (unknown characters become "?"). */
  clean(text: string): string;
}

export async function embedFonts(doc: PDFDocument, files: FontFiles): Promise<DocumentFonts> {
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const regularSet = new Set(regular.getCharacterSet());
  const boldSet = new Set(bold.getCharacterSet());
  const supported = new Set([...regularSet].filter((cp) => boldSet.has(cp)));
  return { regular, bold, clean: (text) => sanitize(text, supported) };
}
