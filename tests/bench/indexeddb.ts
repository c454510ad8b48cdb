// 4. IndexedDB in Chromium: 10,000 findings saved through saveFinding (record + audit + outbox in
// one strict transaction each) against a raw IndexedDB put loop of the same rows; the inbox
// query over 10,000 applications.
import type { CalendarDate } from '../../common/domain/dates';
import type { InboxQuery } from '../../renderer/db';
import { bundlePage, launchChromium, servePages } from './browser';
import { fmt, median, percentile, scratch, type BenchContext, type Section } from './lib';

const FINDINGS = 10_000;
const APPLICATIONS = 10_000;

interface BenchWindow {
  bench: {
    saveFindings(count: number): Promise<number>;
    rawPuts(withAuditAndOutbox: boolean): Promise<number>;
    inbox(n: number, queries: Record<string, InboxQuery>, times: number): Promise<Record<string, { ms: number[]; total: number }>>;
  };
}

const queries: Record<string, InboxQuery> = {
  'my files, first page': { assignee: 'u-siti', sort: 'deadline-asc', limit: 50 },
  'my files in 3 states': { assignee: 'u-siti', states: ['received', 'in_verification', 'returned'], sort: 'deadline-asc', limit: 50 },
  'my overdue files, text "sejahtera bontang"': { assignee: 'u-siti', deadlineBefore: '2026-06-15' as CalendarDate, text: 'sejahtera bontang', sort: 'deadline-asc', limit: 50 },
  'all files, 3 states + text "koperasi"': { states: ['received', 'in_verification', 'returned'], text: 'koperasi', sort: 'deadline-asc', limit: 50 },
};

// Measured beside the target queries, not part of the target: what is still slow, shown rather
// than left out — a page deep in a list, and a one-letter word that begins a word of every file
// (the fixture's fixed fields) without being a word of every file, whose keys are still read in full.
const others: Record<string, InboxQuery> = {
  'all files in 3 states, page 41': { states: ['received', 'in_verification', 'returned'], sort: 'deadline-asc', limit: 50, offset: 2000 },
  'all files, text "k"': { text: 'k', sort: 'deadline-asc', limit: 50 },
};

// Page functions are serialised by Playwright: they may only use what the page has (window.bench).
export async function indexedDbBench(ctx: BenchContext): Promise<Section> {
  const dir = await scratch(ctx, 'indexeddb');
  await bundlePage('db', dir);
  const server = await servePages(dir);
  const browser = await launchChromium();
  const ours: number[] = [];
  const raw: number[] = [];
  const raw3: number[] = [];
  let inbox: Record<string, { ms: number[]; total: number }> = {};
  // About 45 s per run on the reference machine: two runs keep the whole bench near 10 minutes.
  const n = Math.min(ctx.runs, 2);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/?s=db`);
    await page.waitForFunction(() => 'bench' in window);
    for (let i = 0; i < n; i++) {
      ours.push(await page.evaluate((count) => (window as unknown as BenchWindow).bench.saveFindings(count), FINDINGS));
      raw.push(await page.evaluate(() => (window as unknown as BenchWindow).bench.rawPuts(false)));
      raw3.push(await page.evaluate(() => (window as unknown as BenchWindow).bench.rawPuts(true)));
      console.log(`  run ${String(i + 1)}: ours ${fmt(ours.at(-1) ?? NaN, 0)} ms, raw ${fmt(raw.at(-1) ?? NaN, 0)} ms, raw×3 ${fmt(raw3.at(-1) ?? NaN, 0)} ms`);
    }
    inbox = await page.evaluate(([count, q]) => (window as unknown as BenchWindow).bench.inbox(count, q, 30), [APPLICATIONS, { ...queries, ...others }] as const);
  } finally {
    await browser.close();
    await server.close();
  }
  const targetQueries = Object.entries(inbox).filter(([name]) => name in queries).map(([, q]) => q);
  const slowest = Math.max(...targetQueries.map((q) => median(q.ms)));
  const ratio = median(ours) / median(raw);
  return {
    title: `4. IndexedDB in Chromium: ${FINDINGS.toLocaleString('en')} findings, inbox over ${APPLICATIONS.toLocaleString('en')} applications`,
    method: [
      `A bench page (tests/bench/pages/db.ts, bundled with esbuild, served from 127.0.0.1) drives renderer/db in headless Chromium. ${String(n)} runs of ${FINDINGS.toLocaleString('en')} saves (fresh database each run; 1,250 applications × 8 requirements seeded by bulkPut, not timed).`,
      '**ours**: `saveFinding` one after another — validation, audit chain, record + evidence index + audit event + outbox operation in one strict-durability Dexie transaction. **raw**: the same stored finding rows, one `put` per strict readwrite transaction with bare IndexedDB; **raw ×3**: the same finding, audit and outbox rows per transaction.',
      `Inbox: ${APPLICATIONS.toLocaleString('en')} applications (4 assignees, 7 states, deadlines over 6 months; names as a city's cooperatives are named, drawn from a fixed seed: about half spell out "Koperasi …" — Simpan Pinjam, Konsumen, Serba Usaha, Karyawan … — the rest go by KSP, Kopdit, Kospin, KSU, Kopkar, KSPPS, BMT or Credit Union) bulk-written, then each \`listInbox\` query 30 times warm; per-query time from performance.now().`,
    ],
    rows: [
      { name: 'ours: saveFinding ×10,000', unit: 'ms', samples: ours, reference: 'raw put ×10,000' },
      { name: 'raw put ×10,000', unit: 'ms', samples: raw },
      { name: 'raw put ×10,000 (finding+audit+outbox)', unit: 'ms', samples: raw3, reference: 'raw put ×10,000' },
      { name: 'ours per save', unit: 'ms', samples: ours.map((t) => t / FINDINGS) },
      ...Object.entries(inbox).map(([name, q]) => ({ name: `inbox${name in queries ? '' : ' (not a target query)'}: ${name} (${String(q.total)} match)`, unit: 'ms', samples: q.ms })),
    ],
    targets: [
      { target: 'IndexedDB save path within 3× of raw puts', measured: `${fmt(ratio, 2)}×`, met: ratio <= 3 },
      { target: 'inbox query < 16 ms for 10,000', measured: `${fmt(slowest)} ms median for the slowest of the ${String(targetQueries.length)} target queries (p95 ${fmt(Math.max(...targetQueries.map((q) => percentile(q.ms, 95))))} ms)`, met: slowest < 16 },
    ],
    notes: [
      `Saves: a strict-durability commit waits for the flush, so every loop pays one per transaction; the raw loop with the same three rows per transaction is ${fmt(median(raw3) / median(raw), 2)}× the single put, so the extra writes are not the cost. Since this round (before: 4.94× the raw loop in docs/benchmarks.md of 2026-12-07 07:15; 10.94× on 2026-11-28) a save waits for two round trips to the browser's IndexedDB process before its commit instead of four: its reads (the finding, the audit head, and a count that the file exists — no application row unless the evidence names a document), then the finding, evidence rows, audit event and outbox operation together. The evidence index is replaced by row position instead of a query and a delete, and left alone when photos or empty evidence did not change; renderer/db/evidence.test.ts drives every writer of findings in random order and checks the index against the findings. Tried and dropped: not waiting for the reads at all (writing from what the window saved last, checking the reads in the same transaction, rolling back on a difference) was no faster side by side: what remains is main-thread work per transaction, not waiting — Dexie's (change tracking for live queries, cross-window notification, promise zones) over six requests where the raw loop has three, zod validation and the SHA-256 of the audit payload. What would close it: fewer Dexie requests per save (the audit head kept per window with the chain checked another way) or a leaner write path under Dexie that still notifies live queries.`,
      `Inbox: schema v4 adds [assignee+state+deadline] and [state+deadline] (replacing [assignee+state] and state), each range already in deadline order with ties by id. Without text a total is a count() and a page one bounded primary-key read; several states merge by walking the order range only as far as the first offset+limit files of each state, without reading a deadline (before: every query read 2,500–10,000 keys of the deadline index, 36–344 ms medians on 2026-11-28, 9.7–38.7 ms on 2026-12-07 07:15). Text reads one prefix range per typed word, except a word that begins another typed word and a word every file has (two counts tell: the exact word's entries against the files). Until 2026-12-07 every generated name began with "Koperasi", so that skip turned the target query "3 states + text "koperasi"" into a text-free one (10.3 ms median, 4286 matches, in the run just before the change) only because of the bench data; real lists mix "Koperasi …" with KSP, Kopdit, Kospin and the like, so the names now do too and "koperasi" is in many files but not all, and is read as a prefix range like any other word. A word many files but not all have is still read in full, as the "koperasi" row now shows (the slowest target query since the data changed), and so is a prefix of a word in every file that is not itself a word of every file, as the "k" row shows; so is a page deep in a list of several states (growing prefixes of the order range). What would close those: a cap on keys read for one- and two-letter prefixes with the rest checked on the page's rows only, or an in-memory id list per query kept fresh by Dexie liveQuery.`,
    ],
  };
}
