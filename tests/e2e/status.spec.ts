// The status area and its screens in the built app through the web host: the pending count
// follows an edit live, a conflict is listed with both values and resolved by a choice, the
// persistent-storage answer is explained, and the app shows itself offline (with the reason and
// a retry) when the host's sync service does not answer. Against a real sync server: an open
// conflict card follows a pull that brings a newer server value, and a choice made on the value it
// replaced is refused until the person has looked.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { closeLaptop, goTo, journeyApplication, journeyRoot, openLaptop, people, removeRoot, signIn, startJourneyServer, stopServer, type JourneyServer, type Laptop } from './journey-fixtures';
import { expectAccessible, files, openApp, screenshotScreen, seed } from './supervisor-fixtures';
import { serverFindingStatus } from './server-read';
import { pushNoteFromAnotherDevice } from './server-write';
import { watchProblems } from './page-problems';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const pendingIn = async (page: Page): Promise<number> => {
  const label = (await page.getByRole('banner').getByTestId('status-pending').textContent()) ?? '';
  const match = /^(\d+) tertunda$/.exec(label.trim());
  if (match?.[1] === undefined) throw new Error(`no pending count in "${label}"`);
  return Number(match[1]);
};

test('pending operations follow an edit; a conflict shows both values and is resolved by a choice', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await seed(page, { files: ['failing', 'conflict'], profile: true });
  const banner = page.getByRole('banner');
  await expect(banner.getByTestId('status-pending')).toHaveText(/^\d+ tertunda$/);
  const before = await pendingIn(page);
  expect(before).toBeGreaterThan(0);

  // Returning a file is an edit: one more operation waits for the server, at once.
  await page.getByRole('link', { name: new RegExp(files.failing.applicant) }).click();
  await page.getByRole('button', { name: 'Kembalikan ke verifikator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kembalikan berkas ke verifikator' });
  await dialog.getByRole('textbox', { name: 'Alasan pengembalian' }).fill('Periksa ulang tanggal mulai kegiatan usaha.');
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(banner.getByTestId('status-pending')).toHaveText(`${String(before + 1)} tertunda`);

  // The status screen says the same, and what the storage answer means.
  await banner.getByTestId('status-pending').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Status Sinkronisasi dan Penyimpanan' })).toBeVisible();
  await expect(page.getByTestId('outbox-pending')).toHaveText(String(before + 1));
  await expect(page.getByTestId('conflict-count')).toHaveText('1');
  await expect(page.getByTestId('connection-state')).toHaveText('Luring');
  await expect(page.getByTestId('storage-notice')).toContainText('data di laptop ini dapat dihapus otomatis bila disk hampir penuh');
  await expect(banner.getByTestId('status-storage')).toHaveText('Data belum permanen');
  await expectAccessible(page);
  // Under the pointer a chip keeps its own fill: MUI's grey hover left dark text on the blue bar.
  await banner.getByTestId('status-storage').hover();
  await expectAccessible(page);
  await page.mouse.move(0, 700);
  await screenshotScreen(page, testInfo, 'status');

  // The conflict: this device's note and the server's, side by side; the server's is chosen.
  await banner.getByTestId('status-conflicts').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konflik Data' })).toBeVisible();
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('R3 ·');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('Catatan');
  await expect(card).toContainText(`${files.editing.applicant} — ${files.editing.registration}`);
  await expect(card.getByTestId('conflict-mine')).toContainText('Daftar anggota diperiksa: 24 baris, semua NIK Bontang.');
  // Another verifier's value: named as the server sent it, not by her server user id.
  await expect(card.getByTestId('conflict-server')).toContainText('Nilai di server (oleh Ani Lestari, S.E.)');
  await expect(card.getByTestId('conflict-server')).not.toContainText('u-ani');
  await expect(card.getByTestId('conflict-server')).toContainText('Tiga NIK ganda; dihitung sekali.');
  await expectAccessible(page);
  await card.getByRole('button', { name: /^Pakai nilai server untuk R3/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada konflik.' })).toBeVisible();
  await expect(banner.getByTestId('status-conflicts')).toHaveCount(0);
  // The choice is recorded and sent like any edit.
  await expect(banner.getByTestId('status-pending')).toHaveText(`${String(before + 2)} tertunda`);
  expect(problems).toEqual([]);
});

test.describe('a conflict card open while the server moves on', () => {
  let root: string | undefined;
  let server: JourneyServer | undefined;
  let laptop: Laptop | undefined;
  test.afterAll(async () => {
    await closeLaptop(laptop);
    if (server !== undefined) await stopServer(server);
    await removeRoot(root);
  });

  test('a pull that brings a newer server value shows on the open card; a choice on the old one is refused', async ({ browser }) => {
    // Waits for the engine's own scheduled pull (every 60 s) with the card open.
    test.setTimeout(300_000);
    const app = journeyApplication('app-e2e-konflik', 'KSP Tunas Harapan Loktuan', 512);
    root = await journeyRoot();
    server = await startJourneyServer(root, [app]);
    const running = server;
    laptop = await openLaptop(browser, root, 'laptop-konflik', new Date('2026-03-30T10:00:00+08:00'));
    const { page } = laptop;
    const problems = watchProblems(page);
    const banner = page.getByRole('banner');
    await signIn(laptop, running, people.verifier);
    await goTo(laptop, '/kotak-masuk');
    await page.getByRole('link', { name: new RegExp(app.applicant.name) }).click();

    // Judging R1 starts the verification, here and (once sent) on the server.
    const r1 = page.getByRole('region', { name: /^R1 · / });
    await r1.getByRole('radio', { name: 'Sesuai', exact: true }).check();
    await expect.poll(() => serverFindingStatus(running.url, people.supervisor, app.id, 'R1'), { timeout: 60_000 }).toBe('meets');

    // This laptop's note on R1 cannot leave while another device of the same person sets it first.
    await page.route('**/rpc/sync.push', (route) => route.abort('connectionrefused'));
    const note = r1.getByLabel('Catatan verifikator');
    await note.fill('Izin asli diperlihatkan; nomor dan tanggal cocok.');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    await pushNoteFromAnotherDevice(running.url, people.verifier, app.id, 'R1', 'Izin operasional belum ditemukan.');
    await page.unroute('**/rpc/sync.push');
    await expect(async () => {
      const retry = banner.getByRole('button', { name: 'Coba sinkronkan lagi' });
      if (await retry.isVisible()) await retry.click();
      await expect(banner.getByTestId('status-conflicts')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000, 5_000] });

    await banner.getByTestId('status-conflicts').click();
    const card = page.getByRole('article');
    await expect(card.getByTestId('conflict-mine')).toContainText('Izin asli diperlihatkan; nomor dan tanggal cocok.');
    await expect(card.getByTestId('conflict-server')).toContainText('Izin operasional belum ditemukan.');
    // The other device is the same person's: said so, not by their server user id.
    await expect(card.getByTestId('conflict-server')).toContainText('Nilai di server (oleh Anda, dari perangkat lain)');
    await expect(card.getByTestId('conflict-server-changed')).toHaveCount(0);

    // The other device writes again; the card, still open, shows it with the next pull and says so.
    await pushNoteFromAnotherDevice(running.url, people.verifier, app.id, 'R1', 'Izin ditemukan di lemari arsip; masih berlaku.');
    await expect(card.getByTestId('conflict-server')).toContainText('Izin ditemukan di lemari arsip; masih berlaku.', { timeout: 120_000 });
    await expect(card.getByTestId('conflict-server-changed')).toContainText('Nilai di server berubah sejak kartu ini dibuka');
    await expectAccessible(page);

    // A choice before the person confirmed the new value is refused, and nothing is resolved.
    await card.getByRole('button', { name: /^Pakai nilai server untuk R1/ }).click();
    await expect(card.getByRole('alert').filter({ hasText: 'Pilihan tidak tersimpan.' })).toContainText('Nilai di server berubah sejak ditampilkan kepada Anda');
    await expect(banner.getByTestId('status-conflicts')).toBeVisible();

    // Looked at, the same choice goes through: the file holds the server's latest note.
    await card.getByRole('button', { name: 'Sudah saya periksa' }).click();
    await expect(card.getByTestId('conflict-server-changed')).toHaveCount(0);
    await card.getByRole('button', { name: /^Pakai nilai server untuk R1/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tidak ada konflik.' })).toBeVisible();
    await goTo(laptop, '/kotak-masuk');
    await page.getByRole('link', { name: new RegExp(app.applicant.name) }).click();
    await expect(page.getByRole('region', { name: /^R1 · / }).getByLabel('Catatan verifikator')).toHaveValue('Izin ditemukan di lemari arsip; masih berlaku.');
    expect(problems).toEqual([]);
  });
});

test('offline, with the reason and a retry, while the host’s sync service does not answer', async ({ page }) => {
  await page.route('**/rpc/sync.status', (route) => route.abort('connectionrefused'));
  await openApp(page, '/status');
  const banner = page.getByRole('banner');
  await expect(banner.getByTestId('status-connection')).toHaveText('Luring');
  await expect(banner.getByTestId('status-connection')).toHaveAttribute('aria-label', /^Koneksi server: Luring\. Layanan sinkronisasi tidak dapat dihubungi\./);
  await expect(banner.getByTestId('status-error')).toHaveText('Gagal sinkron');
  await expect(banner.getByTestId('status-error')).toHaveAttribute('aria-label', /^Sinkronisasi gagal: Layanan aplikasi tidak dapat dihubungi/);
  await expect(page.getByTestId('connection-error')).toContainText('Layanan aplikasi tidak dapat dihubungi');
  await expectAccessible(page);

  // Once the service answers again, a retry asks it afresh: the host is reachable, and what is
  // shown is main's own account (still offline: this host reaches no Dinas server).
  await page.unroute('**/rpc/sync.status');
  await banner.getByRole('button', { name: 'Coba sinkronkan lagi' }).click();
  await expect(page.getByTestId('connection-error')).not.toContainText('Layanan aplikasi tidak dapat dihubungi');
  await expect(banner.getByTestId('status-connection')).not.toHaveAttribute('aria-label', /Layanan sinkronisasi tidak dapat dihubungi/);
  await expect(banner.getByTestId('status-connection')).toHaveText('Luring');
});

test('finished work shows without a spinner and goes; cut-off work says it stopped; the words fit', async ({ page }) => {
  const problems = watchProblems(page);
  // Main's events, as the host would send them: a document just stored, and a prefetch that
  // reported 16 of 40 and then nothing more (this host is offline). A long retry keeps the
  // browser from replaying them.
  const events = [
    { name: 'documents.progress', payload: { kind: 'verification_report', step: 3, steps: 4, label: 'Selesai' } },
    { name: 'sync.progress', payload: { phase: 'prefetch', done: 16, total: 40, unit: 'items' } },
  ];
  await page.route('**/events', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
      body: `retry: 3600000\n\n${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('')}`,
    }),
  );
  await openApp(page, '/status');
  const banner = page.getByRole('banner');
  const fits = async (task: ReturnType<Page['getByTestId']>): Promise<boolean> =>
    task.locator('.MuiTypography-root').evaluate((el) => el.scrollWidth <= el.clientWidth);

  const documents = banner.getByTestId('status-task-documents');
  await expect(documents).toHaveAttribute('data-state', 'done');
  await expect(documents).toContainText('Dokumen selesai');
  await expect(documents).toHaveAttribute('title', 'Dokumen: Selesai');
  await expect(documents.locator('.MuiCircularProgress-root')).toHaveCount(0);
  expect(await fits(documents)).toBe(true);
  await expectAccessible(page);
  await expect(documents).toHaveCount(0);

  // The prefetch is not left spinning: it is said to have stopped (whether the engine left its
  // phase or main fell silent), without a spinner, and then it goes too.
  const prefetch = banner.getByTestId('status-task-sync');
  await expect(prefetch).toHaveAttribute('data-state', 'stopped', { timeout: 30_000 });
  await expect(prefetch).toContainText('Unduh terhenti');
  await expect(prefetch).toHaveAttribute('title', /^Mengunduh dokumen terhenti/);
  await expect(prefetch.locator('.MuiCircularProgress-root')).toHaveCount(0);
  expect(await fits(prefetch)).toBe(true);
  await expectAccessible(page);
  await expect(prefetch).toHaveCount(0);
  expect(problems).toEqual([]);
});
