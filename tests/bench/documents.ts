// 2. Documents: the Berita Acara with a 20-photo appendix and the Surat Rekomendasi, generated
// through documents.generate on a real vault, each run in its own process (time, peak memory,
// output size). Reference: the same Berita Acara without photos, so the appendix's cost shows.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CalendarDate, Finding } from '../../common/domain';
import { cleanApplication, sampleAddressee, sampleHeadOfAgency, sampleOffice, sampleSupervisor, sampleTeam, suggestedFindings, VERIFICATION_DATE } from '../../common/domain/fixtures';
import { Vault } from '../../electron/services/vault/vault';
import { MB, fmt, median, runChild, scratch, type BenchContext, type ChildReport, type Section } from './lib';

const run = promisify(execFile);
const on = VERIFICATION_DATE as CalendarDate;
const PHOTOS = 20;

/** A JPEG with a comment segment after SOI: same picture, different bytes (the vault dedupes). */
function variant(jpeg: Buffer, n: number): Buffer {
  const text = Buffer.from(`foto ${String(n)}`, 'latin1');
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, text.length + 2]), text]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** 20 phone-like photos (2000×1500 and 1500×2000 JPEG) in the vault; returns their hashes. */
async function photosInVault(dir: string, vault: Vault): Promise<string[]> {
  const bases: Buffer[] = [];
  for (const [i, size] of ['2000x1500', '1500x2000'].entries()) {
    const file = path.join(dir, `base-${String(i)}.jpg`);
    await run('convert', ['-size', size, 'gradient:skyblue-seagreen', '-seed', String(i + 1), '-attenuate', '0.4', '+noise', 'Gaussian', '-quality', '85', file]);
    bases.push(await readFile(file));
  }
  const hashes: string[] = [];
  for (let n = 0; n < PHOTOS; n++) {
    const base = bases[n % bases.length] ?? Buffer.alloc(0);
    hashes.push((await vault.put(variant(base, n), { mediaType: 'image/jpeg' })).sha256);
  }
  return hashes;
}

function withPhotos(findings: readonly Finding[], hashes: readonly string[]): Finding[] {
  return findings.map((f, i) => ({
    ...f,
    evidence: [
      ...f.evidence,
      ...hashes
        .filter((_, n) => n % findings.length === i)
        .map((blobSha256) => ({ kind: 'photo' as const, blobSha256, takenAt: '2026-03-30T02:15:00Z', lat: 0.1207, lon: 117.4856 })),
    ],
  }));
}

export async function documentsBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'documents');
  const vaultDir = path.join(dir, 'data');
  const vault = Vault.forDataDir(vaultDir);
  const hashes = await photosInVault(dir, vault);
  const photoBytes = (await Promise.all(hashes.map(async (h) => (await vault.read(h)).bytes.byteLength))).reduce((a, b) => a + b, 0);
  const app = cleanApplication();
  const findings = suggestedFindings(app, on);
  const report = (f: readonly Finding[]) => ({
    kind: 'verification_report',
    input: { application: app, findings: f, number: '500.3/016/DKUKMP/2026', date: on, office: sampleOffice, team: sampleTeam, acknowledgedBy: sampleSupervisor },
  });
  const letter = {
    kind: 'recommendation_letter',
    input: {
      application: app,
      findings,
      number: '500.3/017/DKUKMP/2026',
      date: '2026-03-31',
      office: sampleOffice,
      addressee: sampleAddressee,
      report: { number: '500.3/016/DKUKMP/2026', date: on },
      signatory: sampleHeadOfAgency,
      attachments: 1,
      carbonCopies: ['Wali Kota Bontang (sebagai laporan)', 'Arsip'],
      verificationUrl: 'https://verikop.bontangkota.go.id/v/8f3a2c',
    },
  };
  const requests = { photos: report(withPhotos(findings, hashes)), plain: report(findings), letter };
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(requests)) {
    files[k] = path.join(dir, `${k}.json`);
    await writeFile(files[k], JSON.stringify(v));
  }
  const series: Record<string, ChildReport[]> = { photos: [], plain: [], letter: [] };
  // Each run is three fresh processes of a few seconds: three runs are enough to see the spread.
  const n = Math.min(ctx.runs, 3);
  for (let i = 0; i < n; i++) {
    for (const k of Object.keys(series)) series[k]?.push(await runChild('generate', [vaultDir, files[k] ?? '']));
  }
  const ms = (k: string) => (series[k] ?? []).map((r) => r.ms);
  const peak = (k: string) => (series[k] ?? []).map((r) => r.peakRss / MB);
  const extra = (k: string) => (series[k] ?? []).map((r) => (r.peakRss - r.baseRss) / MB);
  const size = (k: string) => (series[k] ?? []).map((r) => r.outputBytes / MB);
  return {
    title: `2. Documents: Berita Acara with ${String(PHOTOS)} photos, Surat Rekomendasi`,
    method: [
      `documents.generate through the contract (dispatch → handler → pdf-lib layout with embedded fonts → vault put), each run in a fresh process; fonts load inside the timed call; ${String(n)} runs.`,
      `${String(PHOTOS)} JPEG photos (2000×1500 / 1500×2000, ${fmt(photoBytes / MB)} MB together) spread over the eight findings; the reference is the same Berita Acara without photos.`,
      'Peak RSS is getrusage maxrss of the process; "extra" subtracts the RSS once modules and the vault were ready.',
    ],
    rows: [
      { name: 'Berita Acara + 20 photos', unit: 'ms', samples: ms('photos'), reference: 'Berita Acara, no photos' },
      { name: 'Berita Acara, no photos', unit: 'ms', samples: ms('plain') },
      { name: 'Surat Rekomendasi', unit: 'ms', samples: ms('letter') },
      { name: 'BA + photos peak RSS', unit: 'MB', samples: peak('photos') },
      { name: 'BA + photos extra RSS', unit: 'MB', samples: extra('photos'), reference: 'BA no photos extra RSS' },
      { name: 'BA no photos extra RSS', unit: 'MB', samples: extra('plain') },
      { name: 'Surat Rekomendasi extra RSS', unit: 'MB', samples: extra('letter') },
      { name: 'BA + photos output', unit: 'MB', samples: size('photos') },
      { name: 'BA no photos output', unit: 'MB', samples: size('plain') },
      { name: 'Surat Rekomendasi output', unit: 'MB', samples: size('letter') },
    ],
    targets: [],
    notes: [
      `No target is set for documents. The appendix adds about ${fmt(median(ms('photos')) - median(ms('plain')), 0)} ms and ${fmt(median(size('photos')) - median(size('plain')), 1)} MB for ${fmt(photoBytes / MB)} MB of photos: JPEGs are embedded as they are (no re-encoding), so the output grows by the photo bytes.`,
    ],
  };
}
