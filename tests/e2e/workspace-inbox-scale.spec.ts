// The inbox with 10,000 files: the list stays virtual (a few dozen rows in the page however far
// one scrolls), the end of the list is reachable, and search and filters answer over all of
// them. Timings are reported as annotations, never asserted (shared CPU).
import { test, type Page, type TestInfo } from '@playwright/test';
import { serviceDeadline, type Application, type CalendarDate } from '../../common/domain';
import { addDays, createWorkingDayCalendar, holidayCalendarDocumentSchema, seedCalendarDocument } from '../../common/domain';
import { cleanApplication } from '../../common/domain/fixtures';
import { applicationRow } from '../../renderer/db/applications';
import { expect, openApp } from './workspace-fixtures';

test.describe.configure({ timeout: 180_000 });

const COUNT = 10_000;
const today = new Date('2026-04-30T10:00:00+08:00');
const states = ['received', 'in_verification', 'returned', 'awaiting_approval'] as const;

/** One lean file as the database stores it; the page clones it 10,000 times with its own id. */
function template() {
  const base = cleanApplication();
  const app: Application = { ...base, members: [], staff: [], documents: [], prospectiveHead: undefined };
  return applicationRow(app, { assignee: 'verifikator-lokal', assignmentVersion: 0, state: 'received', stateVersion: 0, deadline: app.receivedAt, updatedAt: '2026-04-30T02:00:00.000Z' });
}

function clocks(): { receivedAt: CalendarDate; deadline: CalendarDate }[] {
  const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));
  const days = Array.from({ length: 120 }, (_, d) => addDays('2026-02-01' as CalendarDate, d));
  const byDay = days.map((receivedAt) => ({ receivedAt, deadline: serviceDeadline(calendar, receivedAt).value }));
  return Array.from({ length: COUNT }, (_, i) => byDay[i % byDay.length] ?? { receivedAt: days[0] as CalendarDate, deadline: days[0] as CalendarDate });
}

/** Figures for the benchmark notes: kept as annotations of the test report, never asserted. */
function report(testInfo: TestInfo, text: string): void {
  testInfo.annotations.push({ type: 'timing', description: text });
}

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ row, times, count, stateList }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('verikop');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
      });
      const tx = db.transaction('applications', 'readwrite');
      const store = tx.objectStore('applications');
      for (let i = 0; i < count; i++) {
        const id = `perf-${String(i).padStart(5, '0')}`;
        const name = `KSP Uji ${String(i)}`;
        const time = times[i];
        const application = { ...row.application, id, registrationNumber: `PD/UJI/${String(i)}`, applicant: { ...row.application.applicant, name } };
        store.put({ ...row, ...time, id, applicantName: name, registrationNumber: application.registrationNumber, application, state: stateList[i % stateList.length], searchWords: [...row.searchWords, 'perf', 'uji', String(i), String(i).padStart(5, '0')] });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(tx.error ?? new Error('write failed'));
        };
      });
      db.close();
    },
    { row: template(), times: clocks(), count: COUNT, stateList: states },
  );
}

test('10,000 files: the list stays virtual, reaches its end, and filters answer over all of them', async ({ page }, testInfo) => {
  await openApp(page, '/kotak-masuk', today);
  await expect(page.getByText('Belum ada berkas yang ditugaskan kepada Anda.')).toBeVisible();
  await seed(page);
  const started = Date.now();
  await page.reload();
  const count = page.getByTestId('inbox-count');
  await expect(count).toHaveText('10.000 berkas', { timeout: 30_000 });
  report(testInfo, `first page of 10,000 shown after reload: ${String(Date.now() - started)} ms`);

  const list = page.getByRole('list', { name: 'Daftar berkas yang ditugaskan kepada Anda' });
  const scroller = list.locator('..');
  const rows = list.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(60);

  // Scroll through the list in steps, watching for long tasks, then to the very end.
  const scroll = await scroller.evaluate(async (el) => {
    const long: number[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) long.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    for (let top = 0; top < el.scrollHeight; top += el.scrollHeight / 40) {
      el.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(r));
    }
    el.scrollTop = el.scrollHeight;
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    return { ms: Math.round(performance.now() - t0), longTasks: long.length, longest: Math.round(Math.max(0, ...long)) };
  });
  report(testInfo, `40 scroll steps over 10,000 rows: ${String(scroll.ms)} ms, ${String(scroll.longTasks)} long tasks (longest ${String(scroll.longest)} ms)`);
  await expect(list.locator('[aria-posinset="10000"]')).toContainText('KSP Uji');
  expect(await rows.count()).toBeLessThan(60);

  const searched = Date.now();
  await page.getByRole('searchbox', { name: 'Cari' }).fill('uji 9999');
  await expect(count).toHaveText('1 berkas');
  report(testInfo, `search over 10,000 answered after ${String(Date.now() - searched)} ms (250 ms of it is the typing pause)`);
  await expect(rows.first()).toContainText('KSP Uji 9999');
  await page.getByRole('button', { name: 'Hapus penyaring' }).click();

  await page.getByRole('combobox', { name: 'Status berkas' }).click();
  await page.getByRole('option', { name: 'Dikembalikan ke verifikator' }).click();
  await page.keyboard.press('Escape');
  await expect(count).toHaveText('2.500 berkas');
  await page.getByRole('combobox', { name: 'Batas waktu' }).click();
  await page.getByRole('option', { name: 'Lewat batas waktu' }).click();
  await expect(count).not.toHaveText('2.500 berkas');
  await expect(rows.first().locator('[data-clock]')).toHaveAttribute('data-clock', 'overdue');
});
