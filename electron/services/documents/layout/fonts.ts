// The embedded typeface of every Verikop document: DejaVu Sans (regular and bold), shipped in
// assets/fonts with its licence. pdf-lib's standard fonts are WinAnsi only; DejaVu covers
// Indonesian text and the punctuation people paste in. Subsetting keeps each PDF small.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { sanitize } from './text';

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

function ancestors(start: string): string[] {
  const dirs: string[] = [];
  let dir = path.resolve(start);
  for (let i = 0; i < 8; i += 1) {
    dirs.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

/**
 * Finds assets/fonts beside the running code: the repository in development and tests, the
 * app.asar root when packaged (electron-builder ships assets/fonts there). It looks upwards from
 * the CommonJS entry (Electron's bundled main), the entry script (tsx, vitest, the web host) and
 * the working directory — not from this module, whose location differs once bundled.
 */
export function findFontsDir(): string {
  const mainFile = typeof require === 'undefined' ? undefined : require.main?.filename;
  const starts = [mainFile, process.argv[1], process.cwd()].filter((s): s is string => s !== undefined && s !== '');
  for (const dir of starts.flatMap(ancestors)) {
    const fonts = path.join(dir, 'assets', 'fonts');
    if (FONT_FILES.every((f) => existsSync(path.join(fonts, f)))) return fonts;
  }
  return path.join(process.cwd(), 'assets', 'fonts');
}

export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export async function loadFontFiles(dir: string = findFontsDir()): Promise<FontFiles> {
  const [regular, bold] = await Promise.all(FONT_FILES.map((f) => readFile(path.join(dir, f))));
  if (regular === undefined || bold === undefined) throw new Error('Font files missing');
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
