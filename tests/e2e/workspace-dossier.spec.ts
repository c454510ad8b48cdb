// The dossier's main path: the checklist beside the document, statuses set by mouse and by
// keyboard, a note and a linked page saved automatically, and a reload in the middle of typing
// that loses nothing.
import { test, type Page } from '@playwright/test';
import { watchProblems } from './page-problems';
import { expect, expectNoSeriousA11yViolations, importPackets, screenshot, writePackets } from './workspace-fixtures';

const packet = { name: 'dossier-lengkap', id: 'app-e2e-dossier-1', applicant: 'KSP Sumber Rejeki', receivedAt: '2026-03-09' } as const;

// Import, PDF rendering and two reloads on two shared cores take longer than the default.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  await writePackets([packet]);
});

const panel = (page: Page, r: string) => page.getByRole('region', { name: new RegExp(`^${r} · `) });
const header = (page: Page, r: string) => page.locator(`#requirement-${r}`);
const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

async function openDossier(page: Page): Promise<void> {
  await importPackets(page, [packet.name]);
  await page.getByRole('link', { name: 'Buka berkas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: packet.applicant })).toBeVisible();
}

test('statuses, notes and evidence are saved as they are set, and a reload mid-edit loses nothing', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await openDossier(page);
  await expect(page.getByTestId('file-state')).toHaveText('Diterima');

  // R1 opens first, beside its own document, with what the rule computed.
  const r1 = panel(page, 'R1');
  await expect(r1.getByRole('region', { name: 'Hasil perhitungan' })).toContainText('Sesuai');
  await expect(r1).toContainText('Izin operasional nomor');
  await expect(page.getByRole('region', { name: /Penampil dokumen: izin-operasional-kc\.pdf/ })).toBeVisible();
  await expect(r1.getByRole('radio', { name: 'Tidak berlaku' })).toHaveCount(0);

  await r1.getByRole('radio', { name: 'Sesuai', exact: true }).check();
  await r1.getByLabel('Catatan verifikator').fill('Izin asli diperlihatkan saat cek lokasi.');
  await r1.getByRole('button', { name: 'Tautkan halaman ini' }).click();
  await expect(r1.getByRole('listitem')).toContainText(['izin-operasional-kc.pdf, halaman 1']);
  await saved(page);
  // The first change took the file into verification.
  await expect(page.getByTestId('file-state')).toHaveText('Dalam verifikasi');
  await expect(header(page, 'R1')).toContainText('Verifikator: Sesuai');

  // Keyboard: J to R2, 2 = tidak sesuai (disagreeing with the rule is allowed, and flagged).
  await header(page, 'R1').focus();
  await page.keyboard.press('j');
  await expect(header(page, 'R2')).toBeFocused();
  await expect(panel(page, 'R2')).toBeVisible();
  await page.keyboard.press('2');
  await expect(panel(page, 'R2').getByRole('radio', { name: 'Tidak sesuai' })).toBeChecked();
  await expect(panel(page, 'R2')).toContainText('berbeda dengan hasil perhitungan');
  await page.keyboard.press('1');
  await expect(panel(page, 'R2').getByRole('radio', { name: 'Sesuai', exact: true })).toBeChecked();

  // J to R3 brings up the member list; PageDown from the checklist turns its page.
  await page.keyboard.press('j');
  await expect(page.getByRole('region', { name: /Penampil dokumen: daftar-anggota-bontang\.pdf/ })).toBeVisible();
  const pageBox = page.getByRole('textbox', { name: 'Nomor halaman' });
  await expect(pageBox).toHaveValue('1');
  await page.keyboard.press('PageDown');
  await expect(pageBox).toHaveValue('2');
  await panel(page, 'R3').getByRole('button', { name: 'Tautkan halaman ini' }).click();
  await expect(panel(page, 'R3').getByRole('listitem')).toContainText(['daftar-anggota-bontang.pdf, halaman 2']);
  await saved(page);
  await expectNoSeriousA11yViolations(page);
  await header(page, 'R3').evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  await screenshot(page, testInfo, 'dossier');

  // Type and reload at once: no pause for the autosave.
  const note = 'Daftar anggota dicocokkan dengan KTP asli; 24 anggota berdomisili di Kota Bontang.';
  await panel(page, 'R3').getByLabel('Catatan verifikator').fill(note);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: packet.applicant })).toBeVisible();
  await saved(page);
  await expect(page.getByTestId('assessed')).toHaveText('2 dari 8 persyaratan dinilai');
  await expect(panel(page, 'R1').getByRole('radio', { name: 'Sesuai', exact: true })).toBeChecked();
  await expect(panel(page, 'R1').getByLabel('Catatan verifikator')).toHaveValue('Izin asli diperlihatkan saat cek lokasi.');
  await header(page, 'R3').click();
  await expect(panel(page, 'R3').getByLabel('Catatan verifikator')).toHaveValue(note);
  await expect(panel(page, 'R3').getByRole('listitem')).toContainText(['daftar-anggota-bontang.pdf, halaman 2']);

  // And it is in the database, not only in the journal: a second reload still has it.
  await saved(page);
  await page.reload();
  await header(page, 'R3').click();
  await expect(panel(page, 'R3').getByLabel('Catatan verifikator')).toHaveValue(note);
  expect(problems).toEqual([]);
});

test('Alt+arrows move between requirements even while typing a note', async ({ page }) => {
  await openDossier(page);
  await panel(page, 'R1').getByLabel('Catatan verifikator').fill('Dicek.');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(header(page, 'R2')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(header(page, 'R1')).toBeFocused();
  await expect(panel(page, 'R1').getByLabel('Catatan verifikator')).toHaveValue('Dicek.');
  await saved(page);
});

test('a full disk shows the database message and keeps the text; "Simpan lagi" saves it', async ({ page }) => {
  await openDossier(page);
  // IndexedDB refuses every write of a finding, as it does when the disk is full.
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'put');
    if (original?.value === undefined) throw new Error('IDBObjectStore.put not found');
    const put = original.value as (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
    Object.assign(window, {
      restoreDisk: () => {
        Object.defineProperty(proto, 'put', original);
      },
    });
    Object.defineProperty(proto, 'put', {
      ...original,
      value: function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (this.name === 'findings') throw new DOMException('Disk penuh (simulasi)', 'QuotaExceededError');
        return put.call(this, value, key);
      },
    });
  });
  const note = panel(page, 'R1').getByLabel('Catatan verifikator');
  await note.fill('Catatan yang ditulis saat disk penuh.');
  const failed = page.locator('[data-save-state="failed"]');
  await expect(failed).toContainText('Ruang penyimpanan penuh');
  await expect(note).toHaveValue('Catatan yang ditulis saat disk penuh.');

  await page.evaluate(() => {
    (window as unknown as { restoreDisk: () => void }).restoreDisk();
  });
  await failed.getByRole('button', { name: 'Simpan lagi' }).click();
  await saved(page);
  await page.reload();
  await expect(panel(page, 'R1').getByLabel('Catatan verifikator')).toHaveValue('Catatan yang ditulis saat disk penuh.');
});
