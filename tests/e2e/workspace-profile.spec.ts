// Work can start before this device has a profile: a packet imported then belongs to the labelled
// local profile. Saving a profile hands that file to the person — it stays in their inbox, under
// their name — rather than leaving it with a stand-in nobody works as.
import { test } from '@playwright/test';
import { sampleTeam } from '../../common/domain/fixtures';
import { watchProblems } from './page-problems';
import { expect, importPackets, openApp, writePackets } from './workspace-fixtures';

test.describe.configure({ timeout: 120_000 });

const packet = { name: 'profil-baru', id: 'app-e2e-profile-1', applicant: 'KSP Karya Mandiri', receivedAt: '2026-03-09' } as const;
const member = sampleTeam[0] ?? { name: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007', position: 'Analis Koperasi Ahli Muda' };

test.beforeAll(async () => {
  await writePackets([packet]);
});

test('a file imported under the local profile moves to the person once their profile is saved', async ({ page }) => {
  const problems = watchProblems(page);
  await importPackets(page, [packet.name]);
  await expect(page.getByTestId('profile')).toContainText('Verifikator (profil lokal)');

  await openApp(page, '/pengaturan');
  const form = page.getByRole('form', { name: 'Profil pengguna' });
  await form.getByLabel('Nama lengkap dengan gelar').fill(member.name);
  await form.getByRole('textbox', { name: 'NIP' }).fill(member.nip);
  await form.getByLabel('Jabatan').fill(member.position);
  await form.getByRole('button', { name: 'Simpan' }).click();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kotak Masuk' }).click();
  await expect(page.getByTestId('profile')).toContainText(member.name);
  await expect(page.getByText(packet.applicant)).toBeVisible();

  // The move is kept: after a reload the file is still the person's.
  await page.reload();
  await expect(page.getByText(packet.applicant)).toBeVisible();
  expect(problems).toEqual([]);
});
