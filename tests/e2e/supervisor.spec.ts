// The supervisor's main path in the built app through the web host: the approval queue, the
// review of a file (findings read-only, history of returns and resubmissions, the generated PDFs
// in the viewer), returning with a required reason, and approving and signing with a demo
// certificate in the host's real keystore — the signature then checked by the real verifier.
import { expect as baseExpect, test } from '@playwright/test';
import { DEMO_PASSPHRASE, demoCertificate, expectAccessible, files, formerSupervisorName, returnReason, screenshotScreen, seed, supervisorProfile } from './supervisor-fixtures';
import { watchProblems } from './page-problems';

// PDF layout, signing and pdf.js share two CPU cores with everyone: give waits room.
const expect = baseExpect.configure({ timeout: 20_000 });
// Seeding lays out real PDFs and signing runs real crypto: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test('the queue lists waiting files; a file is returned only with a reason, and the history shows it', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await seed(page, { files: ['clean', 'failing'], profile: true });
  const queue = page.getByRole('list', { name: 'Berkas dalam antrean persetujuan' });
  await expect(queue.getByRole('link')).toHaveCount(2);
  await expect(page.getByTestId('queue-count')).toHaveText('2 berkas');
  const clean = queue.getByRole('link', { name: new RegExp(files.clean.applicant) });
  await expect(clean).toContainText('Rekomendasi penerbitan');
  await expect(clean).toContainText('diajukan ulang 1×');
  // Who submitted: by role for a step taken on the verifier's laptop and not yet pulled back with a name, never the bare user id.
  await expect(clean).toContainText('Diajukan Verifikator, ');
  await expect(queue.getByRole('link', { name: new RegExp(files.failing.applicant) })).toContainText('Rekomendasi penolakan');
  await expectAccessible(page);
  await screenshotScreen(page, testInfo, 'approvals');

  // Arrow keys walk the queue; Enter opens the file.
  await clean.focus();
  await page.keyboard.press('ArrowDown');
  await expect(queue.getByRole('link', { name: new RegExp(files.failing.applicant) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: files.failing.applicant })).toBeVisible();
  await expect(page.getByTestId('submitted-recommendation')).toHaveText('Rekomendasi penolakan');
  await expect(page.getByRole('list', { name: 'Temuan verifikator, hanya dibaca' }).locator(':scope > li')).toHaveCount(8);

  // K opens the return; the domain refuses an empty reason and says what to write.
  await page.keyboard.press('k');
  const dialog = page.getByRole('dialog', { name: 'Kembalikan berkas ke verifikator' });
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tuliskan alasan pengembalian berkas kepada verifikator.');
  await expect(page.getByTestId('file-state')).toHaveText('Menunggu persetujuan');
  await dialog.getByRole('textbox', { name: 'Alasan pengembalian' }).fill('Lampirkan laporan kegiatan usaha sejak September 2025.');
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Tindakan tersimpan' })).toContainText('Dikembalikan ke verifikator');
  await expect(page.getByTestId('file-state')).toHaveText('Dikembalikan ke verifikator');
  const history = page.getByTestId('history');
  // Another person's steps are named by their role, never by a bare server user id.
  await expect(history.getByRole('listitem').first()).toContainText('Mulai verifikasi — Verifikator, ');
  await expect(history.getByRole('listitem').last()).toContainText(`Kembalikan ke verifikator — ${supervisorProfile.name} (Anda)`);
  await expect(history.getByRole('listitem').last()).toContainText('Lampirkan laporan kegiatan usaha sejak September 2025.');
  await expect(history.getByRole('listitem').last()).toContainText('belum terkirim ke server');

  // The returned file has left the waiting queue.
  await page.getByRole('link', { name: 'Kembali ke antrean persetujuan' }).click();
  await expect(queue.getByRole('link')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('approving and signing with a demo certificate: a wrong passphrase changes nothing, the signed letter verifies as valid', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  const certificate = await demoCertificate();
  await seed(page, { files: ['clean'], profile: true });
  await page.getByRole('link', { name: new RegExp(files.clean.applicant) }).click();
  await expect(page.getByRole('heading', { level: 1, name: files.clean.applicant })).toBeVisible();

  // The history of the return and the resubmission, with who, when and why.
  const steps = page.getByTestId('history').getByRole('listitem');
  await expect(steps).toHaveCount(5);
  // Pulled with the name the server sent: the person, not only their role (issue 6).
  await expect(steps.nth(2)).toContainText(`Kembalikan ke verifikator — ${formerSupervisorName} (Ketua Tim/Kepala Bidang), `);
  await expect(steps.nth(2)).toContainText(returnReason);
  await expect(steps.nth(4)).toContainText('Ajukan untuk persetujuan (Rekomendasi penerbitan) — Verifikator, ');

  // The draft letter is in the viewer; D moves to the Berita Acara.
  const viewer = page.getByRole('region', { name: 'Dokumen' });
  await expect(viewer.getByRole('button', { name: 'Draf surat' })).toHaveAttribute('aria-pressed', 'true');
  await expect(viewer.getByRole('img', { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
  await page.keyboard.press('d');
  await expect(viewer.getByRole('button', { name: 'Berita Acara' })).toHaveAttribute('aria-pressed', 'true');
  await expect(viewer.getByRole('img', { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Setujui dan tandatangani Surat Rekomendasi' });
  await dialog.locator(`input[type="radio"][value="${certificate.id}"]`).check();
  await dialog.getByLabel('Kata sandi sertifikat').fill('bukan-kata-sandinya');
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Kata sandi sertifikat salah.');
  await expect(page.getByTestId('file-state')).toHaveText('Menunggu persetujuan');

  await dialog.getByLabel('Kata sandi sertifikat').fill(DEMO_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-state')).toHaveText('Ditandatangani');
  await expect(steps.nth(5)).toContainText(`Setujui — ${supervisorProfile.name} (Anda)`);
  await expect(steps.nth(6)).toContainText(`Tandatangani — ${supervisorProfile.name} (Anda)`);

  // The signed letter comes first in the viewer, and the verifier's report is beside it.
  await expect(viewer.getByRole('button', { name: 'Surat bertanda tangan' })).toHaveAttribute('aria-pressed', 'true');
  const report = page.getByTestId('signature-report');
  await expect(report).toHaveAttribute('data-status', 'valid');
  await expect(report).toContainText(`Tanda tangan sah — ${supervisorProfile.name}, NIP ${supervisorProfile.nip}`);
  await expect(report).toContainText('Sertifikat diterbitkan penerbit tepercaya');
  await expect(report).toContainText('Mencakup seluruh dokumen');
  await expect(page.getByRole('button', { name: 'Setujui dan tandatangani' })).toHaveCount(0);
  await expect(viewer.getByRole('img', { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
  await expect(viewer.locator('[data-page="1"] [data-state="rendered"]')).toBeVisible();
  await expectAccessible(page);
  await screenshotScreen(page, testInfo, 'review');
  // The one refused call (the wrong passphrase) is the only failed request the browser logs.
  expect(problems).toEqual([expect.stringContaining('422')]);
});
