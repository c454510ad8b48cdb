// The inbox: packets imported through the intake screen show up assigned to the local profile,
// most urgent first, with the clock's colour; search and the state and deadline filters narrow
// the list; the row opens the dossier.
import { test } from '@playwright/test';
import { watchProblems } from './page-problems';
import { expect, expectNoSeriousA11yViolations, importPackets, openApp, screenshot, writePackets } from './workspace-fixtures';

// On Thu 30 Apr 2026 (seed calendar): 12, 3 and -4 working days left.
const today = new Date('2026-04-30T10:00:00+08:00');
const packets = [
  { name: 'inbox-sejahtera', id: 'app-e2e-inbox-1', applicant: 'Koperasi Simpan Pinjam Sejahtera Bersama', receivedAt: '2026-04-06' },
  { name: 'inbox-maju', id: 'app-e2e-inbox-2', applicant: 'KSP Maju Jaya', receivedAt: '2026-03-16' },
  { name: 'inbox-karya', id: 'app-e2e-inbox-3', applicant: 'KSP Karya Mandiri', receivedAt: '2026-03-05' },
] as const;

// Import and PDF work on two shared cores take longer than the default.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await writePackets(packets);
});

test('imported files appear in the inbox, most urgent first, and the filters narrow them', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await importPackets(
    page,
    packets.map((p) => p.name),
    today,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, 'intake');

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kotak Masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeVisible();
  await expect(page.getByTestId('profile')).toContainText('Verifikator (profil lokal)');
  const list = page.getByRole('list', { name: 'Daftar berkas yang ditugaskan kepada Anda' });
  const rows = list.getByRole('listitem');
  await expect(page.getByTestId('inbox-count')).toHaveText('3 berkas');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('KSP Karya Mandiri');
  await expect(rows.nth(0)).toContainText('Terlambat 4 hari kerja');
  await expect(rows.nth(0).locator('[data-clock]')).toHaveAttribute('data-clock', 'overdue');
  await expect(rows.nth(1)).toContainText('KSP Maju Jaya');
  await expect(rows.nth(1)).toContainText('3 hari kerja lagi');
  await expect(rows.nth(1).locator('[data-clock]')).toHaveAttribute('data-clock', 'urgent');
  await expect(rows.nth(2)).toContainText('12 hari kerja lagi');
  await expect(rows.nth(2)).toContainText('Diterima');
  await expect(rows.nth(2)).toContainText('Lokasi KCP: Jl.');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, 'inbox');

  await page.getByRole('searchbox', { name: 'Cari' }).fill('maju');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('KSP Maju Jaya');
  await page.getByRole('button', { name: 'Hapus penyaring' }).click();
  await expect(rows).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Batas waktu' }).click();
  await page.getByRole('option', { name: 'Lewat batas waktu' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('KSP Karya Mandiri');
  await page.getByRole('combobox', { name: 'Batas waktu' }).click();
  await page.getByRole('option', { name: 'Sisa ≤ 5 hari kerja' }).click();
  await expect(rows).toHaveCount(2);

  await page.getByRole('combobox', { name: 'Status berkas' }).click();
  await page.getByRole('option', { name: 'Dalam verifikasi' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Tidak ada berkas yang cocok dengan penyaring ini.')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus penyaring' }).click();
  await expect(rows).toHaveCount(3);

  await rows.nth(2).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koperasi Simpan Pinjam Sejahtera Bersama' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an empty inbox says how to start', async ({ page }) => {
  await openApp(page, '/kotak-masuk', today);
  await expect(page.getByText('Belum ada berkas yang ditugaskan kepada Anda.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
