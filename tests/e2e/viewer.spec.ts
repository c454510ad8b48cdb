// The document viewer in the built app, through the web host: files stored in the real vault,
// pdf.js running under the host's strict CSP with its worker and decoders served by the app
// itself. Which page is on screen is read back from the canvas (each generated page carries a
// black square in its own slot), so navigation, rotation and rendering are checked by what is
// drawn, not by labels alone.
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import type { VaultMediaType } from '../../electron/services/vault/media-types';
import { Vault } from '../../electron/services/vault/vault';
import { testHost } from './host';
import { watchProblems } from './page-problems';
import {
  encryptedPdf,
  markedPage,
  markedPdf,
  markerSlotCentre,
  markerSlotOf,
  markerSlots,
  photoJpeg,
  scannedPdf,
  scriptedPdf,
  withExifOrientation,
} from './viewer-fixtures';

// pdf.js starts a worker for each document it opens; on the shared two-core test machine that
// alone can take several seconds, so waits get more room than Playwright's 5 s default.
const expect = baseExpect.configure({ timeout: 20_000 });

async function store(bytes: Uint8Array, mediaType: VaultMediaType): Promise<string> {
  return (await Vault.forDataDir(testHost().dataDir).put(bytes, { mediaType })).sha256;
}

async function openDocument(page: Page, kind: string, sha256: string): Promise<void> {
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#/dokumen/${kind}/${sha256}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Pratinjau dokumen' }),
    'the app needs the #/dokumen route: documentScreen from renderer/features/viewer in renderer/app/routes.tsx',
  ).toBeVisible();
}

const pageImage = (page: Page, n: number, count: number) => page.getByRole('img', { name: `Halaman ${String(n)} dari ${String(count)}` });

/** Marker slots that are dark on the page canvas, for a portrait page turned by `rotation`. */
function markedSlots(page: Page, rotation: 0 | 90 = 0): Promise<number[]> {
  const centres = Array.from({ length: markerSlots }, (_, i) => markerSlotCentre(i + 1));
  return page.locator('[data-page] canvas').evaluate(
    (canvas: HTMLCanvasElement, { centres, size, rotation }) => {
      const context = canvas.getContext('2d');
      if (context === null) return [];
      // Turned clockwise, a point (x, y) from the top-left lands at (height − y, x).
      const [across, down] = rotation === 90 ? [size.height, size.width] : [size.width, size.height];
      return centres.flatMap((c, i) => {
        const [x, y] = rotation === 90 ? [size.height - c.y, c.x] : [c.x, c.y];
        const [red] = context.getImageData(Math.round((x / across) * canvas.width), Math.round((y / down) * canvas.height), 1, 1).data;
        return red !== undefined && red < 80 ? [i + 1] : [];
      });
    },
    { centres, size: markedPage, rotation },
  );
}

async function expectPageShown(page: Page, n: number, count: number): Promise<void> {
  await expect(pageImage(page, n, count)).toBeVisible();
  await expect(page.locator(`[data-page="${String(n)}"] [data-state="rendered"]`)).toBeVisible();
  expect(await markedSlots(page)).toEqual([markerSlotOf(n)]);
}

const zoomPercent = async (page: Page): Promise<number> => Number((await page.getByRole('toolbar').locator('output').textContent())?.replace('%', ''));

const boxOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
};

test('the viewer runs under the strict CSP with the worker from the app itself', async ({ page }) => {
  const problems = watchProblems(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const sha256 = await store(await markedPdf({ pages: 2 }), 'application/pdf');
  const response = await page.goto(testHost().launchUrl);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  await page.goto(`${testHost().origin}/#/dokumen/pdf/${sha256}`);
  await expectPageShown(page, 1, 2);
  expect(workers.length).toBeGreaterThan(0);
  for (const url of workers) expect(new URL(url).origin).toBe(testHost().origin);
  expect(problems).toEqual([]);
});

test('pages are reached by the buttons, the page box, the keyboard and the thumbnails', async ({ page }) => {
  const problems = watchProblems(page);
  await openDocument(page, 'pdf', await store(await markedPdf({ pages: 12, landscape: [3], rotated: [4] }), 'application/pdf'));
  await expectPageShown(page, 1, 12);
  await expect(page.getByRole('button', { name: 'Halaman sebelumnya' })).toBeDisabled();

  await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expectPageShown(page, 2, 12);

  await page.getByRole('group', { name: 'Isi dokumen' }).focus();
  await page.keyboard.press('End');
  await expectPageShown(page, 12, 12);
  await expect(page.getByRole('button', { name: 'Halaman berikutnya' })).toBeDisabled();
  await page.keyboard.press('PageUp');
  await expectPageShown(page, 11, 12);
  await page.keyboard.press('Home');
  await expectPageShown(page, 1, 12);
  await page.keyboard.press('PageDown');
  await expectPageShown(page, 2, 12);

  const pageBox = page.getByRole('textbox', { name: 'Nomor halaman' });
  await pageBox.fill('7');
  await pageBox.press('Enter');
  await expectPageShown(page, 7, 12);
  // A page the document does not have leaves the page as it was.
  await pageBox.fill('40');
  await pageBox.press('Enter');
  await expect(pageBox).toHaveValue('7');
  await expectPageShown(page, 7, 12);

  const thumbnails = page.getByRole('navigation', { name: 'Miniatur halaman' });
  await thumbnails.getByRole('button', { name: 'Halaman 9', exact: true }).click();
  await expectPageShown(page, 9, 12);
  await expect(thumbnails.getByRole('button', { name: 'Halaman 9', exact: true })).toHaveAttribute('aria-current', 'page');

  // Page 3 is landscape and page 4 carries /Rotate 90: both are shown wider than tall.
  await pageBox.fill('3');
  await pageBox.press('Enter');
  await expect(page.locator('[data-page="3"] [data-state="rendered"]')).toBeVisible();
  const landscape = await boxOf(page, '[data-page="3"]');
  expect(landscape.width).toBeGreaterThan(landscape.height);
  await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expect(page.locator('[data-page="4"] [data-state="rendered"]')).toBeVisible();
  const rotated = await boxOf(page, '[data-page="4"]');
  expect(rotated.width).toBeGreaterThan(rotated.height);
  expect(problems).toEqual([]);
});

test('zoom steps and fits, and rotation turns the page clockwise and back', async ({ page }) => {
  const problems = watchProblems(page);
  await openDocument(page, 'pdf', await store(await markedPdf({ pages: 3 }), 'application/pdf'));
  await expectPageShown(page, 1, 3);
  const pane = await boxOf(page, '[data-testid="viewer-pane"]');
  const fitWidth = await boxOf(page, '[data-page]');
  await expect(page.getByRole('button', { name: 'Sesuaikan dengan lebar panel' })).toHaveAttribute('aria-pressed', 'true');
  expect(fitWidth.width).toBeLessThanOrEqual(pane.width);
  expect(fitWidth.width).toBeGreaterThan(pane.width - 64);

  const before = await zoomPercent(page);
  await page.getByRole('button', { name: 'Perbesar' }).click();
  await expect(page.locator('[data-page] [data-state="rendered"]')).toBeVisible();
  const after = await zoomPercent(page);
  expect(after).toBeGreaterThan(before);
  expect((await boxOf(page, '[data-page]')).width / fitWidth.width).toBeCloseTo(after / before, 1);
  await expect(page.getByRole('button', { name: 'Sesuaikan dengan lebar panel' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Perkecil' }).click();
  await page.getByRole('button', { name: 'Perkecil' }).click();
  expect(await zoomPercent(page)).toBeLessThan(before);

  await page.getByRole('button', { name: 'Tampilkan satu halaman penuh' }).click();
  await expect(page.getByRole('button', { name: 'Tampilkan satu halaman penuh' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-page] [data-state="rendered"]')).toBeVisible();
  const whole = await boxOf(page, '[data-page]');
  expect(whole.height).toBeLessThanOrEqual(pane.height);

  await page.getByRole('button', { name: 'Putar ke kanan' }).click();
  await expect(page.locator('[data-page] [data-state="rendered"]')).toBeVisible();
  const turned = await boxOf(page, '[data-page]');
  expect(turned.width).toBeGreaterThan(turned.height);
  expect(await markedSlots(page, 90)).toEqual([markerSlotOf(1)]);

  await page.getByRole('button', { name: 'Putar ke kiri' }).click();
  await expectPageShown(page, 1, 3);
  expect(problems).toEqual([]);
});

test.describe('on a high-density screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('pages are drawn at the device pixel ratio', async ({ page }) => {
    await openDocument(page, 'pdf', await store(await markedPdf({ pages: 1 }), 'application/pdf'));
    await expectPageShown(page, 1, 1);
    const { pixels, css } = await page
      .locator('[data-page] canvas')
      .evaluate((canvas: HTMLCanvasElement) => ({ pixels: canvas.width, css: canvas.getBoundingClientRect().width }));
    expect(pixels / css).toBeCloseTo(2, 1);
  });
});

test('a 300-page PDF opens with thumbnails drawn only near view', async ({ page }) => {
  const problems = watchProblems(page);
  await openDocument(page, 'pdf', await store(await markedPdf({ pages: 300 }), 'application/pdf'));
  await expectPageShown(page, 1, 300);
  const thumbnails = page.getByRole('navigation', { name: 'Miniatur halaman' });
  await expect(thumbnails.locator('canvas').first()).toBeVisible();
  expect(await thumbnails.getByRole('listitem').count()).toBeLessThan(20);

  await thumbnails.evaluate((strip) => {
    strip.scrollTop = strip.scrollHeight;
  });
  const last = thumbnails.getByRole('button', { name: 'Halaman 300', exact: true });
  await expect(last.locator('[data-state="rendered"]')).toBeVisible();
  expect(await thumbnails.getByRole('button', { name: 'Halaman 1', exact: true }).count()).toBe(0);
  expect(await thumbnails.locator('canvas').count()).toBeLessThan(20);

  await last.click();
  await expectPageShown(page, 300, 300);
  expect(problems).toEqual([]);
});

test('a scanned page in CCITT G4 is drawn, not left blank', async ({ page }) => {
  const problems = watchProblems(page);
  await openDocument(page, 'pdf', await store(await scannedPdf(), 'application/pdf'));
  await expect(page.locator('[data-page="1"] [data-state="rendered"]')).toBeVisible();
  const dark = await page.locator('[data-page] canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) count++;
    return count / (data.length / 4);
  });
  // The scan has one black bar covering about a tenth of the page.
  expect(dark, 'a blank scan means the build did not ship pdf.js’s decoders under pdfjs/wasm/ (vite.config.ts)').toBeGreaterThan(0.05);
  expect(dark).toBeLessThan(0.2);
  expect(problems).toEqual([]);
});

test('a photo gets the same zoom and rotation, without page controls', async ({ page }) => {
  const problems = watchProblems(page);
  const sha256 = await store(await photoJpeg(), 'image/jpeg');
  await openDocument(page, 'jpeg', sha256);
  const photo = page.getByRole('img', { name: `Dokumen ${sha256.slice(0, 12)}` });
  await expect(photo).toBeVisible();
  await expect(page.getByRole('button', { name: 'Halaman berikutnya' })).toHaveCount(0);
  const upright = await photo.boundingBox();
  expect(upright === null ? 0 : upright.width / upright.height).toBeCloseTo(1.5, 1);

  await page.getByRole('button', { name: 'Putar ke kanan' }).click();
  const turned = await photo.boundingBox();
  expect(turned === null ? 0 : turned.width / turned.height).toBeCloseTo(2 / 3, 1);

  const before = await zoomPercent(page);
  await page.getByRole('button', { name: 'Perbesar' }).click();
  expect(await zoomPercent(page)).toBeGreaterThan(before);
  expect(problems).toEqual([]);
});

test('a phone photo is shown the way the camera was held (EXIF orientation)', async ({ page }) => {
  const sha256 = await store(withExifOrientation(await photoJpeg(), 6), 'image/jpeg');
  await openDocument(page, 'jpeg', sha256);
  const photo = page.getByRole('img', { name: `Dokumen ${sha256.slice(0, 12)}` });
  await expect(photo).toBeVisible();
  // 1200 × 800 pixels stored, shown 800 × 1200: fit and rotation work on the upright photo.
  const box = await photo.boundingBox();
  expect(box === null ? 0 : box.width / box.height).toBeCloseTo(2 / 3, 1);
});

test('documents that cannot be shown say why, in Indonesian', async ({ page }) => {
  const cases: readonly (readonly [string, () => Promise<string>, RegExp])[] = [
    ['pdf', async () => store(await encryptedPdf(await markedPdf({ pages: 1 })), 'application/pdf'), /dikunci dengan kata sandi/],
    ['pdf', () => store(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> rusak\n'), 'application/pdf'), /bukan PDF yang sah/],
    ['pdf', () => store(new TextEncoder().encode('Ini surat biasa, bukan PDF.'), 'application/octet-stream'), /bukan PDF yang sah/],
    ['jpeg', () => store(new TextEncoder().encode('bukan foto'), 'application/octet-stream'), /Gambar ini rusak/],
    ['pdf', () => Promise.resolve(createHash('sha256').update('tidak pernah disimpan').digest('hex')), /tidak ada di brankas/],
    ['gif', () => Promise.resolve(createHash('sha256').update('apa saja').digest('hex')), /Alamat dokumen tidak valid/],
  ];
  for (const [kind, stored, reason] of cases) {
    await openDocument(page, kind, await stored());
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Dokumen tidak dapat ditampilkan');
    await expect(alert).toContainText(reason);
  }
});

test('document JavaScript never runs', async ({ page }) => {
  const problems = watchProblems(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openDocument(page, 'pdf', await store(await scriptedPdf(), 'application/pdf'));
  await expect(page.locator('[data-page="1"] [data-state="rendered"]')).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

test('the viewer has no serious or critical accessibility violation', async ({ page }) => {
  await openDocument(page, 'pdf', await store(await markedPdf({ pages: 5 }), 'application/pdf'));
  await expectPageShown(page, 1, 5);
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
