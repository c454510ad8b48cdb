// Site photos as evidence through the web host: photos dropped in the photo inbox folder (the web
// host has no file dialog) are taken in by main, a file that is no photo is refused in
// Indonesian, and the stored photo is pinned to a requirement with its thumbnail, the time and
// place from its EXIF and the distance to the KCP — saved with its evidence index row, audit
// event and outbox operation, and still there after a reload.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { distanceMeters, formatDistance } from '../../common/domain';
import { cleanApplication } from '../../common/domain/fixtures';
import { drawnImage, withExif } from '../../electron/services/photos/testing/exif-jpeg';
import { testHost } from './host';
import { watchProblems } from './page-problems';
import { expect, expectNoSeriousA11yViolations, importPackets, screenshot, writePackets } from './workspace-fixtures';

test.describe.configure({ timeout: 180_000 });

const packet = { name: 'foto-lokasi', id: 'app-e2e-photos-1', applicant: 'KSP Tunas Harapan', receivedAt: '2026-03-09' } as const;
const kcp = cleanApplication().subBranch.coordinates;
// About 35 m north of the planned KCP, at 10.15 WITA on the day of the visit.
const taken = { lat: 0.12102, lon: 117.4856 };
const photo = withExif(drawnImage('jpg', 800, 600), { dateTimeOriginal: '2026:03:30 10:15:00', offsetTimeOriginal: '+08:00', gps: taken });

test.beforeAll(async () => {
  await writePackets([packet]);
  const inbox = path.join(testHost().dataDir, 'photos-inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, 'depan-kantor-kcp.jpg'), photo);
  await writeFile(path.join(inbox, 'surat-bukan-foto.jpg'), '%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n');
});

const panel = (page: Page, r: string) => page.getByRole('region', { name: new RegExp(`^${r} · `) });
const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

/** What the page's own database holds for the photo: evidence index rows, outbox operations and audit events naming it. */
function storedFor(page: Page, sha256: string): Promise<{ evidence: number; outbox: number; audit: number }> {
  return page.evaluate(
    (sha) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('verikop');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['evidence', 'outbox', 'auditEvents'], 'readonly');
          const all = (store: string) =>
            new Promise<unknown[]>((done) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => {
                done(request.result as unknown[]);
              };
            });
          void Promise.all([all('evidence'), all('outbox'), all('auditEvents')]).then(([evidence, outbox, audit]) => {
            db.close();
            const naming = (rows: unknown[]) => rows.filter((r) => JSON.stringify(r).includes(sha)).length;
            resolve({ evidence: naming(evidence), outbox: naming(outbox), audit: naming(audit) });
          });
        };
      }),
    sha256,
  );
}

test('a site photo from the photo inbox is refused when it is no photo, else pinned with time, place and distance to the KCP', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  await importPackets(page, [packet.name]);
  await page.getByRole('link', { name: 'Buka berkas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: packet.applicant })).toBeVisible();
  await page.locator('#requirement-R2').click();
  const r2 = panel(page, 'R2');

  await r2.getByRole('button', { name: 'Tambah foto lokasi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pilih foto lokasi' });
  await expect(dialog).toContainText('photos-inbox');
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // A PDF with a photo's name: main reads the content and refuses it; nothing is pinned.
  await dialog.getByRole('button', { name: 'Pilih foto surat-bukan-foto.jpg' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Berkas "surat-bukan-foto.jpg" bukan foto JPEG atau PNG');

  await dialog.getByRole('button', { name: 'Pilih foto depan-kantor-kcp.jpg' }).click();
  await expect(dialog).toHaveCount(0);
  const item = r2.getByTestId('photo-evidence');
  await expect(item).toContainText('30 Maret 2026 pukul 10.15 WITA');
  await expect(item).toContainText('Lokasi: 0,12102° LU, 117,48560° BT');
  if (kcp === undefined) throw new Error('the fixture KCP has coordinates');
  await expect(item.getByTestId('photo-distance')).toHaveText(`± ${formatDistance(distanceMeters(taken, kcp))} dari titik KCP`);
  // The thumbnail is the stored file itself, loaded from the vault.
  const sha256 = createHash('sha256').update(photo).digest('hex');
  const thumbnail = item.getByRole('img', { name: 'Gambar kecil Foto lokasi, 30 Maret 2026 pukul 10.15 WITA' });
  await expect(thumbnail).toHaveAttribute('src', `/vault/${sha256}`);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  await saved(page);
  expect(await storedFor(page, sha256)).toEqual({ evidence: 1, outbox: 1, audit: 1 });
  await expectNoSeriousA11yViolations(page);
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'dossier-photo');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: packet.applicant })).toBeVisible();
  await page.locator('#requirement-R2').click();
  await expect(panel(page, 'R2').getByTestId('photo-evidence')).toContainText('30 Maret 2026 pukul 10.15 WITA');

  // Removing it is a change like any other: the index forgets it, the outbox carries the removal.
  await panel(page, 'R2').getByRole('button', { name: /^Hapus bukti Foto lokasi/ }).click();
  await expect(panel(page, 'R2').getByTestId('photo-evidence')).toHaveCount(0);
  await saved(page);
  expect((await storedFor(page, sha256)).evidence).toBe(0);
  // The one refusal (the PDF) is the host's 422 answer, which Chromium logs; nothing else went wrong.
  expect(problems).toEqual([expect.stringContaining('422')]);
});
