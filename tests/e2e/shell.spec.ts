// The shell opens from the URL the host prints on the inbox (where a verifier starts the day), and
// the About screen shows what app.info answers through the real web bridge, the host's strict
// CSP refusing nothing the app needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { testHost } from './host';
import { watchProblems } from './page-problems';

const version = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

test('the shell opens on the inbox; About shows the version, data folder and host from app.info', async ({ page }, testInfo) => {
  const host = testHost();
  const problems = watchProblems(page);
  const response = await page.goto(host.launchUrl);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  // The secret is swapped for a cookie and leaves the address bar.
  await expect(page).toHaveURL(`${host.origin}/#/kotak-masuk`);
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Verikop');
  await expect(banner).toContainText('Dinas Koperasi, UKM dan Perdagangan');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Kotak Masuk' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Kotak Masuk — Verikop');

  await nav.getByRole('link', { name: 'Tentang Aplikasi' }).click();
  await expect(page).toHaveURL(`${host.origin}/#/tentang`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tentang Aplikasi' })).toBeVisible();
  await expect(page.locator('[data-field="version"]')).toHaveText(version);
  await expect(page.locator('[data-field="data-dir"]')).toHaveText(host.dataDir);
  await expect(page.locator('[data-field="host"]')).toHaveText('Web host (peramban)');
  await expect(nav.getByRole('link', { name: 'Tentang Aplikasi' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Tentang Aplikasi — Verikop');

  await page.screenshot({ path: testInfo.outputPath('shell.png') });
  expect(problems).toEqual([]);
});

test('the shell has no serious or critical accessibility violation', async ({ page }) => {
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#/tentang`);
  await expect(page.locator('[data-field="version"]')).toHaveText(version);
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an unknown address says so and leads back', async ({ page }) => {
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#/tidak-ada`);
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  await page.getByRole('link', { name: 'Kembali ke awal' }).click();
  await expect(page).toHaveURL(`${host.origin}/#/kotak-masuk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeVisible();
});
