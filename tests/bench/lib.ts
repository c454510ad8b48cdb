// What every benchmark shares: the shape of a result section, medians, child processes that
// report their own time and peak memory, and a deterministic "random-ish" PDF of a chosen size.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { prepareSignatureField } from '../../electron/services/signing';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(benchDir, '..', '..');
export const MB = 1_000_000;

/** One measured quantity: its samples, and optionally the row (same section) it is compared with. */
export interface Row {
  readonly name: string;
  readonly unit: string;
  readonly samples: readonly number[];
  /** Name of the reference row in the same section; the table shows median / reference median. */
  readonly reference?: string;
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** undefined: not measured. */
  readonly met: boolean | undefined;
}

export interface Section {
  readonly title: string;
  readonly method: readonly string[];
  readonly rows: readonly Row[];
  readonly targets: readonly TargetCheck[];
  /** Why a figure is where it is, and what would move it. */
  readonly notes: readonly string[];
}

export interface BenchContext {
  /** Repetitions for fast benchmarks; slow ones take fewer (they say so in their method). */
  readonly runs: number;
  readonly workDir: string;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

export function rowMedian(section: Section, name: string): number {
  const row = section.rows.find((r) => r.name === name);
  if (row === undefined) throw new Error(`no row ${name} in ${section.title}`);
  return median(row.samples);
}

export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');

export async function scratch(ctx: BenchContext, name: string): Promise<string> {
  return mkdtemp(path.join(ctx.workDir, `${name}-`));
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Runs `work` n times, one after another, returning each duration in ms. */
export async function repeat(n: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await timed(() => work(i))).ms);
  return out;
}

/** What a child (see child.ts) reports after one task. Memory in bytes. */
export interface ChildReport {
  readonly ms: number;
  /** RSS just before the task's input was read. */
  readonly baseRss: number;
  /** Peak RSS of the whole child (getrusage maxrss). */
  readonly peakRss: number;
  readonly outputBytes: number;
}

/** Runs one task of child.ts in a fresh Node (through tsx), so each run has its own peak RSS. */
export function runChild(task: string, args: readonly string[]): Promise<ChildReport> {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, path.join(benchDir, 'child.ts'), task, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`bench child ${task} failed (${String(code)}):\n${err}${out}`));
      else resolve(JSON.parse(line) as ChildReport);
    });
  });
}

/** Fills `bytes` from a xorshift32 stream: incompressible, but the same on every run. */
function fillNoise(bytes: Uint8Array, seed: number): void {
  let x = seed >>> 0 || 1;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
}

export interface BigPdfOptions {
  readonly targetBytes: number;
  readonly seed: number;
  /** Adds an empty signature field named so on the last page. */
  readonly signatureField?: string;
  readonly pages?: number;
}

/**
 * A PDF of about `targetBytes`: each page shows an uncompressed RGB image of noise, like a
 * colour scan saved without compression. Classic xref (no object streams), as Verikop writes.
 */
export async function bigPdf(options: BigPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = options.pages ?? 10;
  const width = 1000;
  const height = Math.max(1, Math.round(options.targetBytes / pages / (width * 3)));
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    const pixels = new Uint8Array(width * height * 3);
    fillNoise(pixels, options.seed * 1000 + p + 1);
    const image = doc.context.stream(pixels, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 });
    const name = page.node.newXObject('Im', doc.context.register(image));
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(495, 0, 0, 495 * (height / width), 50, 250), drawObject(name), popGraphicsState());
    page.drawText(`Halaman ${String(p + 1)} dari ${String(pages)}`, { x: 50, y: 800, size: 14, font });
  }
  const last = doc.getPage(pages - 1);
  if (options.signatureField !== undefined) prepareSignatureField(doc, last, { name: options.signatureField, x: 56, y: 80, width: 220, height: 70 });
  doc.setTitle('Berkas uji tolok ukur');
  return doc.save({ useObjectStreams: false });
}

/** The two signed ranges of the last signature in a signed PDF, from its /ByteRange. */
export function byteRanges(pdf: Uint8Array): [Uint8Array, Uint8Array] {
  // The signature dictionary sits in the last increment: read only the tail, not the whole file.
  const buffer = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const at = buffer.lastIndexOf('/ByteRange');
  const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(buffer.subarray(Math.max(0, at), at + 100).toString('latin1'));
  if (at < 0 || m === null) throw new Error('no /ByteRange in the signed PDF');
  const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return [pdf.subarray(a, a + b), pdf.subarray(c, c + d)];
}
