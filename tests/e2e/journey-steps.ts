// What the people of the journey do, step by step through the app's screens: set up a laptop
// (profile, server sign-in, certificate), judge the requirements, draft and submit, sync, return,
// approve and sign. Each function is one thing a person does; the spec strings them together.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleHeadOfAgency, sampleSupervisor, sampleTeam } from '../../common/domain/fixtures';
import { certificateInboxFor, DemoCa, TrustAnchors } from '../../electron/services/signing';
import { expect, goTo, people, type JourneyServer, type Laptop } from './journey-fixtures';

export const CERTIFICATE_PASSPHRASE = 'tte-kabid-2026';
/** The office's public verification address; the QR code adds the signed letter's id. */
export const VERIFICATION_BASE = 'https://verikop.bontangkota.go.id/verifikasi';

type Person = (typeof people)[keyof typeof people];

const profileOf = (who: Person): { position: string; supervisor: boolean } =>
  who === people.supervisor ? { position: sampleSupervisor.position, supervisor: true } : { position: sampleTeam[0]?.position ?? 'Analis Koperasi Ahli Muda', supervisor: false };

/** First run: the profile, then the sign-in to the Dinas server; the certificate step is left to the caller. */
export async function firstRun(laptop: Laptop, server: JourneyServer, who: Person, shot?: () => Promise<void>): Promise<void> {
  const { page } = laptop;
  await goTo(laptop, '/mulai');
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible();
  const { position, supervisor } = profileOf(who);
  await page.getByLabel('Nama lengkap dengan gelar').fill(who.name);
  await page.getByRole('textbox', { name: 'NIP' }).fill(who.nip);
  await page.getByLabel('Jabatan').fill(position);
  if (supervisor) await page.getByRole('radio', { name: /^Ketua Tim/ }).check();
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Server Dinas' })).toBeVisible();
  await page.getByLabel('Alamat server').fill(server.url);
  await page.getByLabel('Nama pengguna').fill(who.username);
  await page.getByLabel('Kata sandi').fill(who.password);
  if (shot !== undefined) await shot();
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sertifikat' })).toBeVisible();
}

/** The rest of the first run: past the certificate step, the letter-number pattern kept. */
export async function finishFirstRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nomor surat' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Penyiapan selesai.' })).toBeVisible();
}

const CERTIFICATE_FILE = 'sertifikat-kabid.p12';

/**
 * The supervisor's certificate: a demo CA (trusted on that laptop, as a Dinas would install its
 * CA) issues it, and the .p12 waits in the laptop's certificate inbox folder (which the first
 * run reads when its certificate step opens).
 */
export async function deliverCertificate(laptop: Laptop, issued: Date): Promise<void> {
  const ca = DemoCa.create(issued);
  await TrustAnchors.forDataDir(laptop.dataDir).add(ca.certificateDer);
  const inbox = certificateInboxFor(laptop.dataDir);
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, CERTIFICATE_FILE), ca.issueSigner({ commonName: people.supervisor.name, nip: people.supervisor.nip }, CERTIFICATE_PASSPHRASE, issued).p12);
}

/** The first run's certificate step: the file from the inbox folder, its passphrase proven once. */
export async function importCertificate(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Impor sertifikat ${CERTIFICATE_FILE}` }).click();
  const dialog = page.getByRole('dialog', { name: `Impor ${CERTIFICATE_FILE}` });
  await dialog.getByLabel('Kata sandi sertifikat').fill(CERTIFICATE_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Impor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Sertifikat yang tersimpan' })).toContainText(`NIP ${people.supervisor.nip}`);
}

/** "Coba sinkronkan lagi" on the status screen, until the status screen says nothing waits. */
export async function syncFromStatusScreen(laptop: Laptop): Promise<void> {
  const { page } = laptop;
  await goTo(laptop, '/status');
  await expect(page.getByRole('heading', { level: 1, name: 'Status Sinkronisasi dan Penyimpanan' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Coba sinkronkan lagi' }).click();
  await expect(page.getByTestId('connection-state')).toHaveText('Daring');
  await expect(page.getByTestId('outbox-pending')).toHaveText('0');
}

export const panel = (page: Page, r: string) => page.getByRole('region', { name: new RegExp(`^${r} · `) });
export const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

/**
 * Statuses by keyboard, R1 to R8: sesuai, except R5 (tidak berlaku: the KC is in Bontang) and,
 * when `failR8`, R8 (tidak sesuai) with its note and the page that shows it.
 */
export async function judgeRequirements(page: Page, failR8: boolean): Promise<void> {
  await page.locator('#requirement-R1').focus();
  for (const key of ['1', 'j', '1', 'j', '1', 'j', '1', 'j', '3', 'j', '1', 'j', '1', 'j', failR8 ? '2' : '1']) await page.keyboard.press(key);
  const r8 = panel(page, 'R8');
  await expect(r8.getByRole('radio', { name: failR8 ? 'Tidak sesuai' : 'Sesuai', exact: true })).toBeChecked();
  await r8.getByLabel('Catatan verifikator').fill(failR8 ? 'Sertifikat kompetensi atas nama orang lain, bukan calon pimpinan KCP.' : 'Sertifikat kompetensi asli diperlihatkan; atas nama calon pimpinan.');
  await r8.getByRole('button', { name: 'Tautkan halaman ini' }).click();
  await expect(page.getByTestId('assessed')).toHaveText('8 dari 8 persyaratan dinilai');
  await saved(page);
}

/** The letter particulars, as the office fills them once. */
export async function fillParticulars(page: Page, numbers: { report: string; letter: string }): Promise<void> {
  const field = (label: string) => page.getByRole('textbox', { name: label, exact: true });
  const member = sampleTeam[0];
  if (member === undefined) throw new Error('sampleTeam is empty');
  await field('Nomor Berita Acara').fill(numbers.report);
  await field('Nomor Surat Rekomendasi').fill(numbers.letter);
  await field('Nama (Anggota tim 1)').fill(member.name);
  await field('NIP (Anggota tim 1)').fill(member.nip);
  await field('Jabatan (Anggota tim 1)').fill(member.position);
  await field('Nama (Mengetahui (Kepala Bidang))').fill(sampleSupervisor.name);
  await field('NIP (Mengetahui (Kepala Bidang))').fill(sampleSupervisor.nip);
  await field('Jabatan (Mengetahui (Kepala Bidang))').fill(sampleSupervisor.position);
  // The supervisor signs the letter in this journey: the signature block names them.
  await field('Nama (Penanda tangan rekomendasi (Kepala Dinas))').fill(sampleSupervisor.name);
  await field('NIP (Penanda tangan rekomendasi (Kepala Dinas))').fill(sampleSupervisor.nip);
  await field('Jabatan (Penanda tangan rekomendasi (Kepala Dinas))').fill(`${sampleSupervisor.position}, a.n. ${sampleHeadOfAgency.position}`);
  await field('Alamat verifikasi dokumen (https://…)').fill(VERIFICATION_BASE);
  await field('Alamat dinas (satu per baris)').fill('Jl. Bessai Berinta, Bontang Lestari\nBontang, Kalimantan Timur 75325');
}

/** "Susun Berita Acara dan Surat Rekomendasi", waiting for both previews. */
export async function generateDocuments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Susun Berita Acara dan Surat Rekomendasi' }).click();
  await expect(page.getByRole('button', { name: 'Pratinjau' })).toHaveCount(2, { timeout: 90_000 });
  await expect(page.getByRole('region', { name: /Penampil dokumen: Surat Rekomendasi \(draf\)/ })).toBeVisible();
}

export async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ajukan untuk persetujuan' }).click();
  await expect(page.getByText('Berkas sudah diajukan dan menunggu persetujuan atasan.')).toBeVisible();
  await expect(page.getByTestId('file-state')).toHaveText('Menunggu persetujuan');
}

/** The number in the status area's "N tertunda". */
export async function pendingCount(page: Page): Promise<number> {
  const label = (await page.getByRole('banner').getByTestId('status-pending').textContent()) ?? '';
  const match = /^(\d+) tertunda$/.exec(label.trim());
  if (match?.[1] === undefined) throw new Error(`no pending count in "${label}"`);
  return Number(match[1]);
}
