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
    inbox = await page.evaluate(([count, q]) => (window as unknown as BenchWindow).bench.inbox(count, q, 30), [APPLICATIONS, queries] as const);
  } finally {
    await browser.close();
    await server.close();
  }
  const slowest = Math.max(...Object.values(inbox).map((q) => median(q.ms)));
  const ratio = median(ours) / median(raw);
  return {
    title: `4. IndexedDB in Chromium: ${FINDINGS.toLocaleString('en')} findings, inbox over ${APPLICATIONS.toLocaleString('en')} applications`,
    method: [
      `A bench page (tests/bench/pages/db.ts, bundled with esbuild, served from 127.0.0.1) drives renderer/db in headless Chromium. ${String(n)} runs of ${FINDINGS.toLocaleString('en')} saves (fresh database each run; 1,250 applications × 8 requirements seeded by bulkPut, not timed).`,
      '**ours**: `saveFinding` one after another — validation, audit chain, record + evidence index + audit event + outbox operation in one strict-durability Dexie transaction. **raw**: the same stored finding rows, one `put` per strict readwrite transaction with bare IndexedDB; **raw ×3**: the same finding, audit and outbox rows per transaction.',
      `Inbox: ${APPLICATIONS.toLocaleString('en')} applications (4 assignees, 7 states, deadlines over 6 months, varied names) bulk-written, then each \`listInbox\` query 30 times warm; per-query time from performance.now().`,
    ],
    rows: [
      { name: 'ours: saveFinding ×10,000', unit: 'ms', samples: ours, reference: 'raw put ×10,000' },
      { name: 'raw put ×10,000', unit: 'ms', samples: raw },
      { name: 'raw put ×10,000 (finding+audit+outbox)', unit: 'ms', samples: raw3, reference: 'raw put ×10,000' },
      { name: 'ours per save', unit: 'ms', samples: ours.map((t) => t / FINDINGS) },
      ...Object.entries(inbox).map(([name, q]) => ({ name: `inbox: ${name} (${String(q.total)} match)`, unit: 'ms', samples: q.ms })),
    ],
    targets: [
      { target: 'IndexedDB save path within 3× of raw puts', measured: `${fmt(ratio, 2)}×`, met: ratio <= 3 },
      { target: 'inbox query < 16 ms for 10,000', measured: `${fmt(slowest)} ms median for the slowest query (p95 ${fmt(Math.max(...Object.values(inbox).map((q) => percentile(q.ms, 95))))} ms)`, met: slowest < 16 },
    ],
    notes: [
      `Saves: a strict-durability commit waits for the flush, so every loop pays one per transaction; the raw loop with the same three rows per transaction is only ${fmt(median(raw3) / median(raw), 2)}× the single put, so the extra writes are not the cost. Ours adds zod validation, the audit chain (SHA-256 of the payload, the head read) and the reads. This round the reads and writes that do not depend on each other are sent together (before: 10.94× the raw loop, docs/benchmarks.md of 2026-11-28); what remains per save is about four sequential round trips to the browser's IndexedDB process instead of one: the application row and the existing finding (together), the evidence index (a query, then its delete), the writes, the commit. What would close the rest: keep the open file's application (its document list) in memory instead of reading the whole row, structured-cloned with its members, on every save; and skip re-indexing evidence when the evidence list did not change, once every writer of findings (the sync pull as well) is known to keep the index in step — not done here because that is not yet guaranteed by a test.`,
      `Inbox: every query reads the matching primary keys of the deadline or state index (2,500–10,000 keys) and, for text, one prefix range per word over the multi-entry word index, and intersects them in JavaScript; since this round those reads go out together in one transaction instead of one after another (before: 36–344 ms medians). The queries without text are near one frame; the text queries still read up to 10,000 keys per word (every name starts with "Koperasi"). What would close it: a compound [assignee+state+deadline] index so a filtered first page is one bounded range read with a limit, count() instead of materialising keys, and a cap on how many keys a one- or two-letter prefix may pull (or an in-memory id list per query kept fresh by Dexie liveQuery). A schema change was out of reach here: another engineer was changing the application rows at the same time.`,
    ],
  };
}
