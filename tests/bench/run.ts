// `npm run bench [-- section…]`: runs the benchmarks one after another (never in parallel: they
// would measure each other), prints a table per section and writes docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, isBuilt } from '../../scripts/build';
import { browserVersion } from './browser';
import { documentsBench } from './documents';
import { indexedDbBench } from './indexeddb';
import { repoRoot, type BenchContext, type Section } from './lib';
import { packetImportBench } from './packet-import';
import { markdown, printSection } from './report';
import { signingBench } from './signing';
import { startupBench } from './startup';
import { syncBench } from './sync';
import { viewerBench } from './viewer';

const benches: Record<string, (ctx: BenchContext) => Promise<Section>> = {
  signing: signingBench,
  documents: documentsBench,
  packets: packetImportBench,
  indexeddb: indexedDbBench,
  viewer: viewerBench,
  sync: syncBench,
  startup: startupBench,
};

const chosen = process.argv.slice(2).filter((a) => a !== '--');
const unknown = chosen.filter((c) => !(c in benches));
if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}`);
const names = chosen.length > 0 ? chosen : Object.keys(benches);

// The viewer and start-up sections run the built app; build it only when there is none, so a
// run measures the dist/ that is there (rebuilding while others edit would race them).
if (!isBuilt()) await build();

const startedAt = new Date();
const loadBefore = os.loadavg();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'verikop-bench-'));
const ctx: BenchContext = { runs: Number(process.env.BENCH_RUNS ?? 5), workDir };
const sections: Section[] = [];
try {
  for (const name of names) {
    const bench = benches[name];
    if (bench === undefined) continue;
    console.log(`\n▶ ${name}`);
    // One failing section (a host that did not come up, a rebuild racing the run) must not cost
    // the others their figures: it is written down as failed, with the reason.
    const section = await bench(ctx).catch((error: unknown): Section => ({
      title: `${name}: failed in this run`,
      method: [`The section threw: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`],
      rows: [],
      targets: [],
      notes: [],
    }));
    printSection(section);
    sections.push(section);
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}

const gitHead = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
const info = { startedAt, seconds: (Date.now() - startedAt.getTime()) / 1000, runs: ctx.runs, chromium: await browserVersion(), loadBefore, gitHead };
const out = path.join(repoRoot, 'docs', 'benchmarks.md');
if (chosen.length === 0) {
  await writeFile(out, markdown(sections, info));
  console.log(`\nHasil ditulis ke ${out}`);
} else {
  // A partial run must not overwrite the full results.
  await writeFile(path.join(workDir, '..', 'verikop-benchmarks-partial.md'), markdown(sections, info));
  console.log(`\nRun sebagian: hasil di ${path.join(os.tmpdir(), 'verikop-benchmarks-partial.md')} (docs/benchmarks.md tidak diubah).`);
}
