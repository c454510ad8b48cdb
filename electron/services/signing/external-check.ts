// Independent validators as an oracle: poppler's `pdfsig`, `qpdf --check` and `openssl cms`.
// The tests require our verdicts to agree with theirs, and the samples command prints them next
// to the files it writes so a reader can see an outside tool accept the signatures.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfsigSignature {
  readonly field: string;
  readonly signed: boolean;
  /** The text after "Signature Validation:", e.g. "Signature is Valid." or "Digest Mismatch.". */
  readonly validation: string | undefined;
  readonly valid: boolean;
  readonly totalDocumentSigned: boolean;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      // A non-zero exit is an answer (qpdf's 3 means warnings); failing to start is an error.
      const code = error === null ? 0 : error.code;
      if (typeof code === 'number') resolve({ code, stdout, stderr });
      else reject(new Error(`${command} could not run: ${error?.message ?? 'unknown error'}`));
    });
  });
}

async function withFile<T>(bytes: Uint8Array, name: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verikop-check-'));
  try {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdfsig exits 0 whatever it finds, so its text is what counts. */
export function parsePdfsig(stdout: string): PdfsigSignature[] {
  const blocks = stdout.split(/^Signature #\d+:$/m).slice(1);
  return blocks.map((block) => {
    const validation = /Signature Validation: (.+)$/m.exec(block)?.[1]?.trim();
    return {
      field: /Signature Field Name: (.+)$/m.exec(block)?.[1]?.trim() ?? '',
      signed: !block.includes('The signature form field is not signed.'),
      validation,
      valid: validation === 'Signature is Valid.',
      totalDocumentSigned: /^\s*- Total document signed$/m.test(block),
    };
  });
}

export async function pdfsigFile(file: string): Promise<PdfsigSignature[]> {
  const { stdout } = await run('pdfsig', [file]);
  return parsePdfsig(stdout);
}

export const pdfsig = (pdf: Uint8Array): Promise<PdfsigSignature[]> => withFile(pdf, 'doc.pdf', pdfsigFile);

export interface QpdfVerdict {
  /** 0 = clean, 3 = warnings only, 2 = errors. */
  readonly code: number;
  /**
   * Clean only: qpdf also exits 3 when it had to reconstruct a broken cross-reference table (a
   * wrong offset or startxref), which pdfsig may still call valid; our files must not need that.
   */
  readonly ok: boolean;
  readonly output: string;
}

export async function qpdfCheckFile(file: string): Promise<QpdfVerdict> {
  const { code, stdout, stderr } = await run('qpdf', ['--check', file]);
  return { code, ok: code === 0, output: stdout + stderr };
}

export const qpdfCheck = (pdf: Uint8Array): Promise<QpdfVerdict> => withFile(pdf, 'doc.pdf', qpdfCheckFile);

/** `openssl cms -cmsout -print -inform DER` of a DER CMS (e.g. a signature's /Contents). */
export const opensslCmsPrint = (der: Uint8Array): Promise<string> =>
  withFile(der, 'sig.der', async (file) => (await run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file])).stdout);
