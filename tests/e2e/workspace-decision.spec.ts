// The decision's main path: findings set by keyboard, the suggested and the verifier's
// recommendation with their warnings, the letter particulars checked by field, the Berita Acara
// and the draft recommendation generated in main and previewed, and the file submitted.
import { test, type Page } from '@playwright/test';
import { watchProblems } from './page-problems';
import { expect, expectNoSeriousA11yViolations, importPackets, screenshot, writePackets } from './workspace-fixtures';

test.describe.configure({ timeout: 180_000 });

// The certificate belongs to someone else: R8 fails, so rejection is recommended.
const packet = { name: 'keputusan-gagal-r8', id: 'app-e2e-decision-1', applicant: 'KSP Bina Usaha', receivedAt: '2026-03-09', fails: 'R8' } as const;

test.beforeAll(async () => {
  await writePackets([packet]);
});

/** Statuses by keyboard, R1 to R8: sesuai except R5 (tidak berlaku) and R8 (tidak sesuai). */
async function judgeEveryRequirement(page: Page): Promise<void> {
  await page.locator('#requirement-R1').focus();
  for (const key of ['1', 'j', '1', 'j', '1', 'j', '1', 'j', '3', 'j', '1', 'j', '1', 'j', '2']) await page.keyboard.press(key);
  const r8 = page.getByRole('region', { name: /^R8 · / });
  await expect(r8.getByRole('radio', { name: 'Tidak sesuai' })).toBeChecked();
  await r8.getByLabel('Catatan verifikator').fill('Sertifikat kompetensi atas nama orang lain, bukan calon pimpinan.');
  await r8.getByRole('button', { name: 'Tautkan halaman ini' }).click();
  await expect(page.getByTestId('assessed')).toHaveText('8 dari 8 persyaratan dinilai');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function fillParticulars(page: Page): Promise<void> {
  const field = (label: string) => page.getByRole('textbox', { name: label, exact: true });
  await field('Nomor Berita Acara').fill('500.3/021/DKUKMP/2026');
  await field('Nomor Surat Rekomendasi').fill('500.3/022/DKUKMP/2026');
  await field('Nama (Anggota tim 1)').fill('Andi Pratiwi Rahman, S.E.');
  await field('NIP (Anggota tim 1)').fill('198203152008012007');
  await field('Jabatan (Anggota tim 1)').fill('Analis Koperasi Ahli Muda');
  await field('Nama (Mengetahui (Kepala Bidang))').fill('Ir. Hj. Nurul Hidayah, M.M.');
  await field('NIP (Mengetahui (Kepala Bidang))').fill('197805122005012003');
  await field('Jabatan (Mengetahui (Kepala Bidang))').fill('Kepala Bidang Koperasi dan Usaha Mikro');
  await field('Nama (Penanda tangan rekomendasi (Kepala Dinas))').fill('Drs. Syahrul Ramadhan, M.Si.');
  await field('NIP (Penanda tangan rekomendasi (Kepala Dinas))').fill('197001201996031004');
  await field('Jabatan (Penanda tangan rekomendasi (Kepala Dinas))').fill('Kepala Dinas Koperasi, Usaha Kecil Menengah, dan Perdagangan Kota Bontang');
  await field('Alamat verifikasi dokumen (https://…)').fill('https://verikop.bontangkota.go.id/verifikasi');
  await field('Alamat dinas (satu per baris)').fill('Jl. Bessai Berinta, Bontang Lestari\nBontang, Kalimantan Timur 75325');
}

test('generate the Berita Acara and the draft recommendation, preview them, and submit for approval', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await importPackets(page, [packet.name]);
  await page.getByRole('link', { name: 'Buka berkas' }).click();
  await judgeEveryRequirement(page);

  await page.getByRole('link', { name: 'Lanjut ke keputusan' }).click();
  await expect(page.getByTestId('suggested-decision')).toHaveText('Rekomendasi penolakan');
  await expect(page.getByTestId('your-decision')).toHaveText('Rekomendasi penolakan');
  await expect(page.getByRole('region', { name: 'Persyaratan yang tidak sesuai' })).toContainText('R8 · Sertifikat kompetensi calon kepala KCP');
  // Six findings without evidence are named (R5 "tidak berlaku" needs none).
  await expect(page.getByTestId('decision-warnings').getByRole('listitem').filter({ hasText: 'belum didukung bukti' })).toHaveCount(6);

  const generate = page.getByRole('button', { name: 'Susun Berita Acara dan Surat Rekomendasi' });
  const documents = page.getByRole('region', { name: /^Berita Acara Verifikasi · / });
  await generate.click();
  await expect(documents.getByRole('alert')).toContainText('Nomor Berita Acara: Nomor surat wajib diisi');
  await expect(documents.getByRole('alert')).toContainText('Alamat dinas (satu per baris): isi paling sedikit satu baris alamat');

  await fillParticulars(page);
  await generate.click();
  await expect(page.getByRole('button', { name: 'Pratinjau' })).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByRole('region', { name: /Penampil dokumen: Surat Rekomendasi \(draf\)/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nomor halaman' })).toHaveValue('1');
  await page.getByRole('button', { name: 'Pratinjau' }).first().click();
  await expect(page.getByRole('region', { name: /Penampil dokumen: Berita Acara Verifikasi/ })).toBeVisible();

  // Rejection needs a reason: the domain refuses, nothing changes.
  const submit = page.getByRole('button', { name: 'Ajukan untuk persetujuan' });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Tuliskan alasan rekomendasi penolakan.');
  await expect(page.getByTestId('file-state')).toHaveText('Dalam verifikasi');

  await page.getByTestId('decision-reason').fill('R8 tidak terpenuhi: sertifikat kompetensi bukan atas nama calon pimpinan KCP.');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('suggested-decision').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'decision');
  await submit.click();
  await expect(page.getByText('Berkas sudah diajukan dan menunggu persetujuan atasan.')).toBeVisible();
  await expect(page.getByTestId('file-state')).toHaveText('Menunggu persetujuan');

  // After a reload the file stays submitted, the reason kept, the dossier read-only.
  await page.reload();
  await expect(page.getByTestId('decision-reason')).toHaveValue('R8 tidak terpenuhi: sertifikat kompetensi bukan atas nama calon pimpinan KCP.');
  await page.getByRole('link', { name: 'Kembali ke pemeriksaan' }).click();
  await expect(page.getByText('Berkas berstatus "Menunggu persetujuan": temuan hanya dapat dibaca.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^R1 · / }).getByRole('radio', { name: 'Sesuai', exact: true })).toBeDisabled();
  expect(problems).toEqual([]);
});
