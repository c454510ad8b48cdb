// The window starts its sync engine by itself: after a sign-in in settings (and nothing else),
// the application the admin assigned on the server arrives in the inbox, the status area says
// online with a last sync, and a change made afterwards reaches the server by itself (read back from the server);
// a file assigned later shows up in the inbox that is open.
import { test } from '@playwright/test';
import { watchProblems } from './page-problems';
import { serverFindingStatus } from './server-read';
import { assignWhileRunning, closeLaptop, expect, goTo, journeyApplication, journeyRoot, openLaptop, people, removeRoot, signIn, startJourneyServer, stopServer, type JourneyServer, type Laptop } from './journey-fixtures';

test.describe.configure({ timeout: 180_000 });

const app = journeyApplication('app-e2e-sync-start', 'KSP Tunas Harapan Loktuan', 411);
let root: string | undefined;
let server: JourneyServer | undefined;
let laptop: Laptop | undefined;

test.afterAll(async () => {
  await closeLaptop(laptop);
  if (server !== undefined) await stopServer(server);
  await removeRoot(root);
});

test('after sign-in, sync runs on its own: the assigned application arrives and a change is sent', async ({ browser }) => {
  root = await journeyRoot();
  server = await startJourneyServer(root, [app]);
  laptop = await openLaptop(browser, root, 'laptop-verifikator', new Date('2026-03-30T10:00:00+08:00'));
  const { page } = laptop;
  const problems = watchProblems(page);
  const banner = page.getByRole('banner');

  await goTo(laptop, '/kotak-masuk');
  await expect(banner.getByTestId('status-connection')).toHaveText('Luring');
  await signIn(laptop, server, people.verifier);

  // Nobody pressed "sync": the engine's first round after the sign-in brings the assignment.
  await goTo(laptop, '/kotak-masuk');
  await expect(page.getByRole('link', { name: new RegExp(app.applicant.name) })).toBeVisible();
  await expect(banner.getByTestId('status-connection')).toHaveText('Daring');
  await expect(banner.getByTestId('status-last-sync')).not.toHaveText('Belum sinkron');

  // A finding goes out on its own too: nothing pressed "sync", and the server has it (the pending
  // count alone proves nothing: it read "0 tertunda" before the change too).
  expect(await serverFindingStatus(server.url, people.supervisor, app.id, 'R1')).toBeUndefined();
  await page.getByRole('link', { name: new RegExp(app.applicant.name) }).click();
  await page.getByRole('region', { name: /^R1 · / }).getByRole('radio', { name: 'Sesuai', exact: true }).check();
  const reached = server;
  await expect.poll(() => serverFindingStatus(reached.url, people.supervisor, app.id, 'R1'), { timeout: 60_000 }).toBe('meets');
  await expect(banner.getByTestId('status-pending')).toHaveText('0 tertunda');

  // A file assigned while the inbox is on screen appears with the next sync, without leaving the
  // list (it read its rows once and stayed empty after a pull that landed once it was shown).
  await goTo(laptop, '/kotak-masuk');
  await expect(page.getByRole('link', { name: new RegExp(app.applicant.name) })).toBeVisible();
  const later = journeyApplication('app-e2e-sync-later', 'KSP Sumber Rejeki Berbas', 412);
  await assignWhileRunning(reached, later);
  await expect(async () => {
    const retry = banner.getByRole('button', { name: 'Coba sinkronkan lagi' });
    if (await retry.isVisible()) await retry.click();
    await expect(page.getByRole('link', { name: new RegExp(later.applicant.name) })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
  expect(problems).toEqual([]);
});
