// Settings and first run in the built app through the web host: the profile checked field by
// field, a sign-in to a server that does not answer, a demo certificate imported from the
// certificate inbox folder into the host's real keystore (a wrong passphrase refused), the
// letter-number pattern validated by the domain with its live example, and all of it still
// there after a reload.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { sampleTeam } from '../../common/domain/fixtures';
import { certificateInboxFor, DemoCa } from '../../electron/services/signing';
import { testHost } from './host';
import { watchProblems } from './page-problems';
import { expectAccessible, openApp, screenshotScreen } from './supervisor-fixtures';

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const member = sampleTeam[0] ?? { name: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007', position: 'Analis Koperasi Ahli Muda' };
const PASSPHRASE = 'sertifikat-demo';

test('first run: profile, offline start, a certificate from the inbox folder, the letter-number pattern', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  // The live example numbers letters of the current year: fix the page's clock to a known day.
  await page.clock.setFixedTime(new Date('2026-03-30T10:00:00+08:00'));
  const fileName = `demo-${randomUUID()}.p12`;
  const inbox = certificateInboxFor(testHost().dataDir);
  await mkdir(inbox, { recursive: true });
  // Issued on the page's day, so the certificate is current on the screen as in the keystore.
  const issued = new Date('2026-03-01T00:00:00Z');
  await writeFile(path.join(inbox, fileName), DemoCa.create(issued).issueSigner({ commonName: member.name, nip: member.nip }, PASSPHRASE, issued).p12);

  await openApp(page, '/tentang');
  await page.getByRole('banner').getByRole('link', { name: 'Profil pengguna belum diisi: buka penyiapan awal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible();
  await expectAccessible(page);

  // Step 1: the profile. A short NIP is refused next to the field, and nothing moves on.
  await page.getByLabel('Nama lengkap dengan gelar').fill(member.name);
  await page.getByRole('textbox', { name: 'NIP' }).fill('19820315');
  await page.getByLabel('Jabatan').fill(member.position);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText(/^NIP harus 18 digit/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Profil' })).toBeVisible();
  await page.getByRole('textbox', { name: 'NIP' }).fill(member.nip);
  await page.getByRole('button', { name: 'Simpan' }).click();

  // Step 2: a server that does not answer is reported; the person may go on offline.
  await expect(page.getByRole('heading', { level: 2, name: 'Server Dinas' })).toBeVisible();
  await page.getByLabel('Alamat server').fill('http://127.0.0.1:9');
  await page.getByLabel('Nama pengguna').fill('andi');
  await page.getByLabel('Kata sandi').fill('rahasia-sekali');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak dapat masuk.');
  await expect(page.getByLabel('Kata sandi')).toHaveValue('');
  await page.getByRole('button', { name: 'Lewati, bekerja luring dulu' }).click();

  // Step 3: the certificate, from the inbox folder; its passphrase proven once.
  await expect(page.getByRole('heading', { level: 2, name: 'Sertifikat' })).toBeVisible();
  await page.getByRole('button', { name: `Impor sertifikat ${fileName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Impor ${fileName}` });
  await dialog.getByLabel('Kata sandi sertifikat').fill('salah');
  await dialog.getByRole('button', { name: 'Impor' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Kata sandi sertifikat salah.');
  await dialog.getByLabel('Kata sandi sertifikat').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Sertifikat ${member.name} tersimpan.` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sertifikat yang tersimpan' })).toContainText(`NIP ${member.nip}`);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // Step 4: the pattern, checked by the domain on every keystroke, with its live example.
  await expect(page.getByRole('heading', { level: 2, name: 'Nomor surat' })).toBeVisible();
  const example = page.getByTestId('letter-number-example');
  await expect(example).toHaveText('500.3/017/DKUKMP/2026');
  const template = page.getByRole('textbox', { name: 'Pola' });
  await template.fill('{klasifikasi}/{unit}/{tahun}');
  await expect(page.getByText('Pola nomor surat wajib memuat {nomor}')).toBeVisible();
  await expect(example).toHaveText('Pola belum dapat dipakai; perbaiki isian yang ditandai.');
  await expect(page.getByRole('button', { name: 'Simpan' })).toBeDisabled();
  await template.fill('{klasifikasi}/{nomor}/{unit}/{tahun}');
  await page.getByRole('textbox', { name: 'Jumlah digit nomor urut' }).fill('4');
  await expect(example).toHaveText('500.3/0017/DKUKMP/2026');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Penyiapan selesai.' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Profil pengguna belum diisi/ })).toHaveCount(0);

  // Everything is still there after a reload, on the settings screen.
  await page.goto(`${testHost().origin}/#/pengaturan`);
  await page.reload();
  await expect(page.getByLabel('Nama lengkap dengan gelar')).toHaveValue(member.name);
  await expect(page.getByRole('textbox', { name: 'NIP' })).toHaveValue(member.nip);
  await expect(page.getByRole('radio', { name: /^Verifikator/ })).toBeChecked();
  await expect(example).toHaveText('500.3/0017/DKUKMP/2026');
  await expect(page.getByRole('combobox', { name: /^Bahasa/ })).toHaveText('Bahasa Indonesia');
  await expectAccessible(page);
  await screenshotScreen(page, testInfo, 'settings');

  // A certificate can be removed again (after saying what that means).
  await page.getByRole('button', { name: `Hapus sertifikat ${member.name}` }).first().click();
  const confirm = page.getByRole('dialog', { name: `Hapus sertifikat ${member.name}?` });
  await expect(confirm).toContainText('Dokumen yang sudah ditandatangani tetap sah.');
  await confirm.getByRole('button', { name: 'Hapus' }).click();
  await expect(confirm).toBeHidden();
  await rm(path.join(inbox, fileName), { force: true });
  // Refused calls (the wrong passphrase, the unreachable server) are the only failed requests.
  expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
});

test('the profile can be changed on the settings screen; a bad value changes nothing', async ({ page }) => {
  await openApp(page, '/pengaturan');
  await page.getByLabel('Nama lengkap dengan gelar').fill('Yusran Hamid, S.H.');
  await page.getByRole('textbox', { name: 'NIP' }).fill('198911022014031002');
  await page.getByLabel('Jabatan').fill('Pengawas Koperasi Ahli Pertama');
  await page.getByRole('radio', { name: /^Ketua Tim/ }).check();
  const profile = page.getByRole('form', { name: 'Profil pengguna' });
  await profile.getByRole('button', { name: 'Simpan' }).click();
  await expect(profile.getByRole('status')).toHaveText('Tersimpan');

  await page.getByLabel('Jabatan').fill('');
  await profile.getByRole('button', { name: 'Simpan' }).click();
  await expect(profile.getByText('Jabatan wajib diisi').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Jabatan')).toHaveValue('Pengawas Koperasi Ahli Pertama');
  await expect(page.getByRole('radio', { name: /^Ketua Tim/ })).toBeChecked();
});

test('on a device nobody has set up, the inbox offers the demo and the real setup', async ({ page }) => {
  await openApp(page, '/kotak-masuk');
  const choice = page.getByRole('region', { name: 'Selamat datang di Verikop' });
  await expect(choice.getByRole('region', { name: 'Mode demo' }).getByRole('button', { name: 'Coba sebagai verifikator' })).toBeVisible();
  await expect(choice.getByRole('button', { name: 'Coba sebagai supervisor' })).toBeVisible();
  await expectAccessible(page);
  await choice.getByRole('link', { name: 'Siapkan untuk bekerja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible();
});

test('trying the demo over a saved profile asks first; cancelling changes nothing', async ({ page }) => {
  // A person of the office's own, not one of the demo people (whose profile the demo may replace freely).
  const own = { name: 'Rina Wulandari, S.E.', nip: '199003152015032004', position: 'Analis Koperasi Ahli Pertama' };
  await openApp(page, '/pengaturan');
  const profile = page.getByRole('form', { name: 'Profil pengguna' });
  await page.getByLabel('Nama lengkap dengan gelar').fill(own.name);
  await page.getByRole('textbox', { name: 'NIP' }).fill(own.nip);
  await page.getByLabel('Jabatan').fill(own.position);
  await profile.getByRole('button', { name: 'Simpan' }).click();
  await expect(profile.getByRole('status')).toHaveText('Tersimpan');

  await page.goto(`${testHost().origin}/#/mulai`);
  await page.getByRole('region', { name: 'Mode demo' }).getByRole('button', { name: 'Coba sebagai verifikator' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ganti profil dan sesi masuk dengan orang demo?' });
  await expect(confirm).toContainText('akan diganti dengan milik verifikator demo');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(confirm).toBeHidden();

  // Nothing started, nothing replaced: no demo server folder, the profile is the person's own.
  expect(existsSync(path.join(testHost().dataDir, 'demo-server'))).toBe(false);
  await page.goto(`${testHost().origin}/#/pengaturan`);
  await expect(page.getByLabel('Nama lengkap dengan gelar')).toHaveValue(own.name);
  await expect(page.getByText('Belum masuk ke server.')).toBeVisible();
});
