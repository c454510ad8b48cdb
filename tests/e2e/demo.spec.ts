// Demo mode as `npm run web -- --demo` gives it: the host starts the embedded demo server with
// its own data, the person opens the first run from the reminder, tries the app as the demo
// verifier with one click, and after the sync the engine runs by itself the three sample
// applications assigned on the server are in the inbox; the demo certificate is imported; a
// finding is sent. Stopping the host stops the demo server; starting the host again brings demo
// mode back (same address and session) and the finding is still there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { watchProblems } from './page-problems';
import { serverFindingStatus } from './server-read';
import { startHostProcess, stopHostProcess, type RunningHost } from './web-host-process';

const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 240_000 });

const demoApplication = 'app-2026-0042-lengkap';
// The demo supervisor as printed in the README and on the first-run screen: sees every application.
const demoSupervisor = { username: 'supervisor', password: 'verikop-demo' };
const nav = (page: Page, name: string): Promise<void> => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click();

let dataDir: string | undefined;
let host: RunningHost | undefined;

test.afterAll(async () => {
  if (host !== undefined) await stopHostProcess(host);
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

test('demo mode: one click as the demo verifier, the assigned sample applications arrive, a finding survives a restart', async ({ page }) => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-e2e-demo-'));
  const started = await startHostProcess(['--demo', '--port', '0', '--data-dir', dataDir]);
  host = started;
  const problems = watchProblems(page);
  await page.goto(started.launchUrl);

  await page.getByRole('banner').getByRole('link', { name: 'Profil pengguna belum diisi: buka penyiapan awal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible();
  const demo = page.getByRole('region', { name: 'Mode demo' });
  await demo.getByRole('button', { name: 'Coba sebagai verifikator' }).click();

  const ready = page.getByText(/^Mode demo siap: Anda masuk sebagai .+ \(verifikator\)\.$/);
  await expect(ready).toBeVisible();
  const accounts = page.getByText(/^Server demo: http:\/\/127\.0\.0\.1:\d+\. Akun demo: verifikator, supervisor; kata sandi akun dan sertifikat demo: verikop-demo\./);
  await expect(accounts).toBeVisible();
  const serverUrl = /http:\/\/127\.0\.0\.1:\d+/.exec((await accounts.textContent()) ?? '')?.[0] ?? '';
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profil pengguna belum diisi: buka penyiapan awal' })).toBeHidden();

  await page.getByRole('link', { name: 'Buka kotak masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak Masuk' })).toBeVisible();
  // Nothing pressed "sync": the window's engine pulls the assignments after the sign-in.
  const rows = page.getByRole('list', { name: 'Daftar berkas yang ditugaskan kepada Anda' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('inbox-count')).toHaveText('3 berkas');
  await expect(page.getByRole('banner').getByTestId('status-connection')).toHaveText('Daring');

  // The demo person's certificate was imported with the demo passphrase, and the session is theirs.
  await nav(page, 'Pengaturan');
  await expect(page.getByRole('list', { name: 'Sertifikat yang tersimpan' })).toContainText('Verikop Demo CA');
  await expect(page.getByText(new RegExp(`^Masuk sebagai .+ \\(verifikator\\) di ${serverUrl.replace(/\./g, '\\.')}\\.`))).toBeVisible();

  // One finding, sent to the demo server by the engine.
  await nav(page, 'Kotak Masuk');
  await page.locator(`a[href="#/berkas/${demoApplication}"]`).click();
  const r1 = page.getByRole('region', { name: /^R1 · / }).getByRole('radio', { name: 'Sesuai', exact: true });
  expect(await serverFindingStatus(serverUrl, demoSupervisor, demoApplication, 'R1')).toBeUndefined();
  await r1.check();
  await expect.poll(() => serverFindingStatus(serverUrl, demoSupervisor, demoApplication, 'R1')).toBe('meets');
  await expect(page.getByRole('banner').getByTestId('status-pending')).toHaveText('0 tertunda');

  // The host stops the demo server with it; started again (on the same port, so this browser
  // keeps its data) without --demo, it brings demo mode back by itself, same address, same session.
  expect(problems).toEqual([]);
  const port = new URL(started.launchUrl).port;
  await stopHostProcess(started);
  host = undefined;
  await expect(fetch(`${serverUrl}/health`)).rejects.toThrow();
  const again = await startHostProcess(['--port', port, '--data-dir', dataDir]);
  host = again;
  expect((await fetch(`${serverUrl}/health`)).status).toBe(200);
  await page.goto(again.launchUrl);
  // The old page could not reach the stopped host (refused connections, as it should be); the
  // reloaded one must report nothing.
  problems.length = 0;
  await nav(page, 'Kotak Masuk');
  await expect(rows).toHaveCount(3);
  await page.locator(`a[href="#/berkas/${demoApplication}"]`).click();
  await expect(r1).toBeChecked();
  await expect(page.getByRole('banner').getByTestId('status-connection')).toHaveText('Daring');
  await expect(page.getByRole('banner').getByTestId('status-pending')).toHaveText('0 tertunda');
  expect(problems).toEqual([]);
});
