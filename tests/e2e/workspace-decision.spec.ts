// The decision's main path: findings set by keyboard, the suggested and the verifier's
// recommendation with their warnings, the letter particulars checked by field, the Berita Acara
// and the draft recommendation generated in main and previewed, and the file submitted.
import { test, type Page } from '@playwright/test';
import { watchProblems } from './page-problems';
import { expect, expectNoSeriousA11yViolations, importPackets, screenshot, writePackets } from './workspace-fixtures';

test.describe.configure({ timeout: 180_000 });

// The certificate belongs to someone else: R8 fails, so rejection is recommended.
const packet = { name: 'keputusan-gagal-r8', id: 'app-e2e-decision-1', applicant: 'KSP Bina Usaha', receivedAt: '2026-03-09', fails: 'R8' } as const;
const numbered = [
  { name: 'nomor-surat-1', id: 'app-e2e-numbers-1', applicant: 'KSP Nomor Satu', receivedAt: '2026-03-10' },
  { name: 'nomor-surat-2', id: 'app-e2e-numbers-2', applicant: 'KSP Nomor Dua', receivedAt: '2026-03-11' },
] as const;

test.beforeAll(async () => {
  await writePackets([packet, ...numbered]);
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

test('letter numbers come from the pattern in the settings, one sequence per year, and stay after a reload', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await importPackets(page, numbered.map((p) => p.name));
  const decisionOf = async (id: string) => {
    await page.goto(`${new URL(page.url()).origin}/#/berkas/${id}/keputusan`);
    await expect(page.getByRole('heading', { level: 2, name: 'Data surat' })).toBeVisible();
  };
  const report = page.getByRole('textbox', { name: 'Nomor Berita Acara', exact: true });
  const letter = page.getByRole('textbox', { name: 'Nomor Surat Rekomendasi', exact: true });
  const next = (field: string) => page.getByRole('button', { name: `Ambil nomor berikutnya untuk ${field}` });

  // No pattern yet: the numbers are typed, and the screen says where the pattern is set.
  await decisionOf(numbered[0].id);
  await expect(next('Nomor Berita Acara')).toBeDisabled();
  await expect(page.getByText('Pola nomor surat belum diatur')).toBeVisible();

  await page.getByRole('link', { name: 'Atur di Pengaturan' }).click();
  await page.getByRole('textbox', { name: 'Kode klasifikasi' }).fill('500.3');
  await page.getByRole('textbox', { name: 'Kode unit' }).fill('DKUKMP');
  await page.getByRole('form', { name: 'Pola nomor surat' }).getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('letter-number-example')).toHaveText('500.3/017/DKUKMP/2026');

  // The first file takes 001 and 002 (both letters share the year's register) …
  await decisionOf(numbered[0].id);
  await next('Nomor Berita Acara').click();
  await expect(report).toHaveValue('500.3/001/DKUKMP/2026');
  await next('Nomor Surat Rekomendasi').click();
  await expect(letter).toHaveValue('500.3/002/DKUKMP/2026');
  // … asking again gives the same number, not a new one.
  await next('Nomor Berita Acara').click();
  await expect(report).toHaveValue('500.3/001/DKUKMP/2026');

  // A number typed by hand for the second file counts: the next one comes after it.
  await decisionOf(numbered[1].id);
  await report.fill('500.3/17/DKUKMP/2026');
  await next('Nomor Surat Rekomendasi').click();
  await expect(letter).toHaveValue('500.3/018/DKUKMP/2026');

  // Kept in the settings database, not in this page: a reload shows them for each file.
  await page.reload();
  await expect(report).toHaveValue('500.3/17/DKUKMP/2026');
  await expect(letter).toHaveValue('500.3/018/DKUKMP/2026');
  await decisionOf(numbered[0].id);
  await expect(report).toHaveValue('500.3/001/DKUKMP/2026');
  await expect(letter).toHaveValue('500.3/002/DKUKMP/2026');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('verikop.letter')))).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('heading', { level: 2, name: 'Data surat' }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  await screenshot(page, testInfo, 'decision-letter-numbers');
  expect(problems).toEqual([]);
});
