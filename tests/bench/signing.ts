// 1. Signing a 20 MB PDF: our PAdES signer against the bare primitives (the limit), openssl cms
// and node-forge's PKCS#7 (what @signpdf/signer-p12 uses), each run in its own process so its
// peak RSS can be compared with the file size.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DemoCa, LocalP12Signer, signPdf } from '../../electron/services/signing';
import { MB, bigPdf, byteRanges, fmt, median, runChild, scratch, type BenchContext, type ChildReport, type Section } from './lib';

const run = promisify(execFile);
const PASS = 'tolok-ukur';

/** openssl cms -sign on the byte-range content, under /usr/bin/time for its peak RSS. */
async function opensslSign(dir: string, content: string, pem: string): Promise<ChildReport> {
  const timeFile = path.join(dir, 'time.txt');
  const start = performance.now();
  await run('/usr/bin/time', ['-f', '%M', '-o', timeFile, 'openssl', 'cms', '-sign', '-binary', '-md', 'sha256', '-in', content, '-signer', pem, '-inkey', pem, '-outform', 'DER', '-out', path.join(dir, 'sig.der'), '-nosmimecap']);
  const ms = performance.now() - start;
  const peakKb = Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop());
  return { ms, baseRss: 0, peakRss: peakKb * 1024, outputBytes: (await readFile(path.join(dir, 'sig.der'))).byteLength };
}

export async function signingBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'signing');
  const unsigned = await bigPdf({ targetBytes: 20 * MB, seed: 1, signatureField: 'verifikator' });
  const unsignedFile = path.join(dir, 'unsigned.pdf');
  await writeFile(unsignedFile, unsigned);
  const p12File = path.join(dir, 'signer.p12');
  const ca = DemoCa.create();
  await writeFile(p12File, ca.issueSigner({ commonName: 'Penguji Tolok Ukur', nip: '198203152008012007' }, PASS).p12);
  const pem = path.join(dir, 'signer.pem');
  await run('openssl', ['pkcs12', '-in', p12File, '-nodes', '-passin', `pass:${PASS}`, '-out', pem]);

  // One signature made here gives the exact byte ranges the references work on.
  const signed = await signPdf(unsigned, LocalP12Signer.open(await readFile(p12File), PASS), { field: 'verifikator', reason: 'x', location: 'x', signedAt: new Date() });
  const signedFile = path.join(dir, 'signed.pdf');
  await writeFile(signedFile, signed);
  const content = path.join(dir, 'ranges.bin');
  await writeFile(content, Buffer.concat(byteRanges(signed)));

  // Each run is ~30 ms of work in a fresh process: cheap, and on a shared machine only many runs
  // give a median that one busy moment does not move.
  const n = Math.max(10, 2 * ctx.runs);
  const series: Record<string, ChildReport[]> = { ours: [], warm: [], bare: [], openssl: [], forge: [] };
  for (let i = 0; i < n; i++) {
    series.ours?.push(await runChild('sign-ours', [unsignedFile, p12File, PASS]));
    series.warm?.push(await runChild('sign-ours-warm', [unsignedFile, p12File, PASS]));
    series.bare?.push(await runChild('sign-bare', [signedFile, pem]));
    series.openssl?.push(await opensslSign(dir, content, pem));
    if (i < 3) series.forge?.push(await runChild('sign-forge', [signedFile, p12File, PASS]));
  }
  const size = unsigned.byteLength;
  const ms = (k: string) => (series[k] ?? []).map((r) => r.ms);
  const extra = (k: string) => (series[k] ?? []).map((r) => (r.peakRss - r.baseRss) / size);
  const ours = median(ms('ours'));
  const bare = median(ms('bare'));
  const warm = median(ms('warm'));
  const oursPeak = median(extra('ours'));
  return {
    title: `1. Signing a ${fmt(size / MB)} MB PDF (PAdES B-B)`,
    method: [
      `Input: a generated ${fmt(size / MB)} MB PDF (10 pages of uncompressed noise images, classic xref) with one empty signature field; RSA-2048 demo key.`,
      `Each run is a fresh Node process (tests/bench/child.ts); ${String(n)} runs of each (forge 3), interleaved; time covers signing bytes already in memory; keys are opened before timing.`,
      '**ours**: `signPdf` — the form read through the xref (only the objects looked up are parsed), incremental update written as text, the file copied once into the output, SHA-256 over the two byte ranges where they lie, CAdES SignedData written as DER, /ByteRange and /Contents filled in place. **first in process**: the only signature of a fresh Node process (every code path runs cold, as for the first signature after the app starts); **after a warm-up**: a one-page document is signed first in the same process. **bare**: SHA-256 over the same two byte ranges + one RSA signature (node:crypto) — the limit. **openssl**: `openssl cms -sign -binary` on the byte-range content (process time, includes its start). **forge**: node-forge PKCS#7 detached as @signpdf/signer-p12 builds it (that package is not installed, so the same calls are made directly), 3 runs.',
      'Extra memory = (peak RSS − RSS before reading the file) / file size; openssl: peak RSS of its process / file size.',
    ],
    rows: [
      { name: 'ours sign (first in process)', unit: 'ms', samples: ms('ours'), reference: 'bare SHA-256 + RSA' },
      { name: 'ours sign (after a warm-up signature)', unit: 'ms', samples: ms('warm'), reference: 'bare SHA-256 + RSA' },
      { name: 'bare SHA-256 + RSA', unit: 'ms', samples: ms('bare') },
      { name: 'openssl cms -sign', unit: 'ms', samples: ms('openssl'), reference: 'bare SHA-256 + RSA' },
      { name: 'node-forge PKCS#7', unit: 'ms', samples: ms('forge'), reference: 'bare SHA-256 + RSA' },
      { name: 'ours extra memory', unit: '× file', samples: extra('ours') },
      { name: 'bare extra memory', unit: '× file', samples: extra('bare') },
      { name: 'openssl peak RSS', unit: '× file', samples: (series.openssl ?? []).map((r) => r.peakRss / size) },
      { name: 'forge extra memory', unit: '× file', samples: extra('forge') },
    ],
    targets: [
      { target: 'signing within 2× of bare primitives', measured: `${fmt(ours / bare, 2)}× first signature in a fresh process; ${fmt(warm / bare, 2)}× after a warm-up signature`, met: ours / bare <= 2 },
      { target: 'peak memory < 3× file size', measured: `${fmt(oursPeak, 2)}× (extra RSS over the process before reading)`, met: oursPeak < 3 },
    ],
    notes: [
      `The bare primitives hash 20 MB once and sign once; ours does the same passes plus one copy of the file into the output (the signed file must contain the input). That copy is most of what is left: a fresh 20 MB allocation whose pages are faulted in as it is written, ~10 ms on this machine measured alone (copy then hash against hash alone), not the 2–3 ms this note used to say; no warm-up removes it. In docs/benchmarks.md of 2026-11-28 ours still parsed the whole document with pdf-lib, built the increment, the byte-range buffer and the output with three Buffer.concat copies and encoded the CMS through pkijs: 12.6× the primitives and 6.95× the file in memory. Memory is now ${fmt(oursPeak, 2)}× the file: the input and the output, nothing else of that size. Since 2026-12-07 the increment's dozen objects (signature dictionary, stamp stream and fonts, xref, trailer) are written as one latin1 string instead of pdf-lib objects serialised one by one: cold, that path cost 3.4–5 ms for a few hundred bytes and now ~0.5 ms, so first-in-process went from 2.44× to ${fmt(ours / bare, 2)}× (after a warm-up: ${fmt(warm / bare, 2)}×). The remaining cold gap (~3 ms) is pdf-lib's object parser reading the form (~2.6 ms cold, ~0.9 ms warm), the stamp's font metrics (~1 ms) and the key's first RSA use. Warming the signer when the signing screen opens would hide those few milliseconds from this figure without a person noticing any difference, and would not touch the copy, so it is not done. Closing the gap to 2× would mean not copying: the vault taking the signed file as the unsigned file plus the increment (written with writev, hashed in two parts), a change to the vault's interface.`,
      'openssl cms includes its own process start and reads the content from disk, so it is slower than the in-process primitives; node-forge hashes in JavaScript over a binary string, hence tens of times the limit and 4× the file in memory: the @signpdf P12 signer would not be an improvement.',
    ],
  };
}
