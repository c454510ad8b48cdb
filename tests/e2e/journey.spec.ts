// The whole journey on two laptops and one server, every piece real: the sync server as its own
// process (stopped and restarted on the same data and port), two web hosts with separate data
// folders, two browser contexts. The verifier works a file offline and submits; sync catches up
// when the server is back; the supervisor returns it once, the verifier fixes and resubmits, the
// supervisor approves and signs; the signed letter on the server is checked by pdfsig, by the
// public lookup its QR code names, and the audit trails of both laptops and the server verify.
// A second file, where every requirement meets, goes the short way to a signed recommendation to
// issue. The first run's screens are the user guide's pictures (docs/user-guide.md).
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, type Page, type TestInfo } from '@playwright/test';
import { hashPayload, letterVerificationUrl, verifyAuditChain, type AuditEvent } from '../../common/domain';
import { drawnImage, withExif } from '../../electron/services/photos/testing/exif-jpeg';
import { pdfsig } from '../../electron/services/signing/external-check';
import { watchProblems } from './page-problems';
import {
  closeLaptop,
  expect,
  goTo,
  guideShot,
  journeyApplication,
  journeyRoot,
  openLaptop,
  people,
  removeRoot,
  restartServer,
  startJourneyServer,
  stopServer,
  vaultHolds,
  type JourneyServer,
  type Laptop,
} from './journey-fixtures';
import {
  CERTIFICATE_PASSPHRASE,
  deliverCertificate,
  fillParticulars,
  finishFirstRun,
  firstRun,
  generateDocuments,
  importCertificate,
  judgeRequirements,
  panel,
  pendingCount,
  saved,
  submit,
  syncFromStatusScreen,
  VERIFICATION_BASE,
} from './journey-steps';

test.describe.configure({ mode: 'serial', timeout: 600_000 });
// A click that cannot happen fails with the step that waited, not at the end of the whole run.
test.use({ actionTimeout: 60_000 });

/** The day of the site visit, 10:00 in Bontang: the rules and the documents read the same on every run. */
const VISIT = new Date('2026-03-30T10:00:00+08:00');
const failing = journeyApplication('app-e2e-journey-tolak', 'KSP Bahari Sejahtera Tanjung Laut', 412, 'R8');
const clean = journeyApplication('app-e2e-journey-terbit', 'KSP Mandiri Guntung Bersatu', 413);
// The front of the planned KCP, about 35 m from its coordinates, at 10.15 WITA on the day of the visit.
const PHOTO_NAME = 'depan-kantor-kcp.jpg';
const PHOTO = withExif(drawnImage('jpg', 800, 600), { dateTimeOriginal: '2026:03:30 10:15:00', offsetTimeOriginal: '+08:00', gps: { lat: 0.12102, lon: 117.4856 } });
const returnReason = 'Catatan R3 belum menyebut berapa anggota yang berdomisili di Kota Bontang; lengkapi lalu ajukan lagi.';

let root: string | undefined;
let server: JourneyServer | undefined;
let verifier: Laptop | undefined;
let supervisor: Laptop | undefined;

test.afterAll(async () => {
  await closeLaptop(verifier);
  await closeLaptop(supervisor);
  if (server !== undefined) await stopServer(server);
  await removeRoot(root);
});

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not set up (the first test failed)`);
  return value;
}

const fileLink = (page: Page, applicant: string) => page.getByRole('link', { name: new RegExp(applicant) });

/** Opens a file from the inbox, by its applicant. */
async function openFromInbox(laptop: Laptop, applicant: string): Promise<void> {
  await goTo(laptop, '/kotak-masuk');
  await fileLink(laptop.page, applicant).click();
  await expect(laptop.page.getByRole('heading', { level: 1, name: applicant })).toBeVisible();
}

async function openForReview(laptop: Laptop, applicant: string): Promise<void> {
  await goTo(laptop, '/persetujuan');
  await fileLink(laptop.page, applicant).click();
  await expect(laptop.page.getByRole('heading', { level: 1, name: applicant })).toBeVisible();
}

async function approveAndSign(laptop: Laptop, shot?: () => Promise<void>): Promise<void> {
  const { page } = laptop;
  await page.getByRole('button', { name: 'Setujui dan tandatangani' }).click();
  const dialog = page.getByRole('dialog', { name: 'Setujui dan tandatangani Surat Rekomendasi' });
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Kata sandi sertifikat').fill(CERTIFICATE_PASSPHRASE);
  if (shot !== undefined) await shot();
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('file-state')).toHaveText('Ditandatangani');
  await expect(page.getByTestId('signature-report')).toHaveAttribute('data-status', 'valid');
}

/** A session on the server, as a program of the Dinas would open one. */
async function serverSession(url: string, who: (typeof people)[keyof typeof people]): Promise<(route: string) => Promise<Response>> {
  const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: who.username, password: who.password }) });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  return (route) => fetch(`${url}${route}`, { headers: { authorization: `Bearer ${token}` } });
}

/** The laptop's whole audit trail, read from its IndexedDB as the app stored it. */
async function laptopTrail(page: Page): Promise<(AuditEvent & { applicationId: string; payload?: unknown })[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('verikop');
        open.onerror = () => { reject(open.error ?? new Error('open failed')); };
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('auditEvents')) {
            reject(new Error(`no audit trail at ${location.origin}`));
            return;
          }
          const read = open.result.transaction('auditEvents').objectStore('auditEvents').getAll();
          read.onerror = () => { reject(read.error ?? new Error('read failed')); };
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
        };
      }),
  );
}

/** Verifies a laptop's trail with the domain's verifier (in Node), payloads included; answers its events. */
async function expectLaptopTrailVerifies(page: Page): Promise<(AuditEvent & { applicationId: string })[]> {
  const events = (await laptopTrail(page)).sort((a, b) => a.seq - b.seq);
  expect(events.length).toBeGreaterThan(0);
  expect(verifyAuditChain(events)).toEqual({ ok: true });
  for (const e of events) if (e.payload !== undefined) expect(hashPayload(e.payload as never)).toBe(e.payloadHash);
  return events;
}

interface SignedLetter {
  readonly documentId: string;
  /** What the QR code names after the verification base address. */
  readonly reference: string;
  readonly bytes: Buffer;
}

/**
 * The signed recommendation as the licensing office receives it from the server, checked by
 * pdfsig; the address its QR code names (printed in the letter too) answers, through the
 * server's public lookup, with the SHA-256 of exactly these bytes.
 */
async function expectSignedOnServer(applicationId: string, recommendation: 'issue' | 'reject'): Promise<SignedLetter> {
  const url = need(server, 'server').url;
  const asSupervisor = await serverSession(url, people.supervisor);
  const listed = (await (await asSupervisor('/recommendations')).json()) as { recommendations: { documentId: string; applicationId: string; recommendation: string; sha256: string }[] };
  const entry = listed.recommendations.find((r) => r.applicationId === applicationId);
  expect(entry?.recommendation).toBe(recommendation);
  if (entry === undefined) throw new Error('no signed recommendation on the server');
  const pdf = await asSupervisor(`/recommendations/${encodeURIComponent(entry.documentId)}/pdf`);
  expect(pdf.status).toBe(200);
  const bytes = Buffer.from(await pdf.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  expect(entry.sha256).toBe(sha256);

  const signatures = await pdfsig(bytes);
  expect(signatures).toHaveLength(1);
  expect(signatures[0]).toMatchObject({ signed: true, valid: true, validation: 'Signature is Valid.', totalDocumentSigned: true });

  // The QR code's address is printed under it; the public lookup behind it answers for the file.
  const dir = await mkdtemp(path.join(tmpdir(), 'verikop-letter-'));
  await writeFile(path.join(dir, 'surat.pdf'), bytes);
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'surat.pdf'), '-']);
  // The footer may wrap the address: compare without white space.
  const printed = stdout.replace(/\s+/g, '');
  const qrAddress = letterVerificationUrl(VERIFICATION_BASE, applicationId);
  expect(printed).toContain(qrAddress);
  // The public address is the server's lookup behind the Dinas's own domain: same path after the base.
  const reference = qrAddress.slice(VERIFICATION_BASE.length + 1);
  const lookup = await fetch(`${url}/verify/${reference}`);
  expect(lookup.status).toBe(200);
  expect(await lookup.json()).toMatchObject({ documentId: entry.documentId, sha256, signer: people.supervisor.name });
  return { documentId: entry.documentId, reference, bytes };
}

/** The server's trail of the application verifies, and holds every event the laptops recorded for it. */
async function expectServerTrail(applicationId: string, laptops: readonly (AuditEvent & { applicationId: string })[][]): Promise<void> {
  const asSupervisor = await serverSession(need(server, 'server').url, people.supervisor);
  const answer = await asSupervisor(`/applications/${encodeURIComponent(applicationId)}/audit`);
  expect(answer.status).toBe(200);
  const { events } = (await answer.json()) as { events: AuditEvent[] };
  expect(verifyAuditChain(events)).toEqual({ ok: true });
  const onServer = new Set(events.map((e) => e.id));
  const missing = laptops.flat().filter((e) => e.applicationId === applicationId && !onServer.has(e.id));
  expect(missing.map((e) => `${e.action} ${e.recordId}`)).toEqual([]);
}

test('a file failing R8: worked offline, synced, returned once, fixed, approved and signed', async ({ browser }, testInfo: TestInfo) => {
  root = await journeyRoot();
  server = await startJourneyServer(root, [failing, clean]);
  verifier = await openLaptop(browser, root, 'laptop-verifikator', VISIT);
  await mkdir(path.join(verifier.dataDir, 'photos-inbox'), { recursive: true });
  await writeFile(path.join(verifier.dataDir, 'photos-inbox', PHOTO_NAME), PHOTO);
  supervisor = await openLaptop(browser, root, 'laptop-ketua-tim', VISIT);
  const v = verifier.page;
  const s = supervisor.page;
  const problems = watchProblems(v);
  const shot = (page: Page, name: string) => () => guideShot(page, testInfo, name);

  // 1. Masuk: the first run, with the Dinas server's address and the verifier's account.
  await firstRun(verifier, server, people.verifier, shot(v, '01-masuk'));
  await finishFirstRun(v);

  // 2. Sinkronisasi: nobody presses anything; the assigned files arrive, documents included.
  await goTo(verifier, '/kotak-masuk');
  await expect(fileLink(v, failing.applicant.name)).toBeVisible();
  await expect(fileLink(v, clean.applicant.name)).toBeVisible();
  await expect(v.getByRole('banner').getByTestId('status-connection')).toHaveText('Daring');
  for (const sha of server.documents.get(failing.id) ?? []) await expect.poll(() => vaultHolds(need(verifier, 'verifier'), sha), { timeout: 60_000 }).toBe(true);
  await guideShot(v, testInfo, '02-sinkronisasi');

  // The server goes away. Everything from here to the submission happens offline.
  await stopServer(server);

  // 3. Membuka berkas: the dossier, its documents from the laptop's own vault.
  await openFromInbox(verifier, failing.applicant.name);
  await expect(v.getByRole('region', { name: /Penampil dokumen: izin-operasional-kc\.pdf/ })).toBeVisible();
  await expect(v.locator('[data-page="1"] [data-state="rendered"]').first()).toBeVisible();
  await guideShot(v, testInfo, '03-membuka-berkas');

  // 4. Mencatat temuan: every requirement judged, R8 fails (the certificate is someone else's).
  await judgeRequirements(v, true);
  await expect(panel(v, 'R8')).toContainText('Tidak sesuai');
  await guideShot(v, testInfo, '04-mencatat-temuan');

  // 5. Foto lapangan: a photo of the KCP's front, from the laptop's photo inbox folder, pinned to R2
  // with the time and place its camera recorded.
  await v.locator('#requirement-R2').click();
  const r2 = panel(v, 'R2');
  await r2.getByRole('button', { name: 'Tambah foto lokasi' }).click();
  const photos = v.getByRole('dialog', { name: 'Pilih foto lokasi' });
  await photos.getByRole('button', { name: `Pilih foto ${PHOTO_NAME}` }).click();
  await expect(photos).toHaveCount(0);
  await expect(r2.getByTestId('photo-evidence')).toContainText('30 Maret 2026 pukul 10.15 WITA');
  await saved(v);
  await r2.getByTestId('photo-evidence').scrollIntoViewIfNeeded();
  await guideShot(v, testInfo, '05-foto-lapangan');

  // 6. Membuat dokumen: the Berita Acara and the draft letter, laid out on the laptop.
  await v.getByRole('link', { name: 'Lanjut ke keputusan' }).click();
  await expect(v.getByTestId('suggested-decision')).toHaveText('Rekomendasi penolakan');
  await fillParticulars(v, { report: '500.3/031/DKUKMP/2026', letter: '500.3/032/DKUKMP/2026' });
  await v.getByTestId('decision-reason').fill('R8 tidak terpenuhi: sertifikat kompetensi bukan atas nama calon pimpinan KCP.');
  await generateDocuments(v);
  await expect(v.locator('[data-page="1"] [data-state="rendered"]').first()).toBeVisible();
  await guideShot(v, testInfo, '06-membuat-dokumen');

  // 7. Mengajukan: saved here and queued; the status area counts what waits.
  await submit(v);
  await expect.poll(() => pendingCount(v)).toBeGreaterThan(0);
  await expect(v.getByRole('banner').getByTestId('status-connection')).toHaveText('Luring', { timeout: 120_000 });
  await guideShot(v, testInfo, '07-mengajukan');

  // The server is back on the same data and port: the queue drains with at most the retry the
  // status area offers.
  await restartServer(server);
  const banner = v.getByRole('banner');
  await expect(async () => {
    const retry = banner.getByRole('button', { name: 'Coba sinkronkan lagi' });
    if (await retry.isVisible()) await retry.click();
    expect(await pendingCount(v)).toBe(0);
  }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
  await expect(banner.getByTestId('status-connection')).toHaveText('Daring');

  // 8. Mengembalikan: the supervisor sets up, syncs and returns the file with a reason.
  await deliverCertificate(supervisor, new Date('2026-03-01T00:00:00Z'));
  await firstRun(supervisor, server, people.supervisor);
  await importCertificate(s);
  await finishFirstRun(s);
  await syncFromStatusScreen(supervisor);
  await openForReview(supervisor, failing.applicant.name);
  await expect(s.getByTestId('submitted-recommendation')).toHaveText('Rekomendasi penolakan');
  await s.getByRole('button', { name: 'Kembalikan ke verifikator' }).click();
  const dialog = s.getByRole('dialog', { name: 'Kembalikan berkas ke verifikator' });
  await dialog.getByRole('textbox', { name: 'Alasan pengembalian' }).fill(returnReason);
  await guideShot(s, testInfo, '08-mengembalikan');
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(s.getByTestId('file-state')).toHaveText('Dikembalikan ke verifikator');
  await syncFromStatusScreen(supervisor);

  // 9. Memperbaiki: the verifier syncs, reads the reason, completes the R3 note and resubmits.
  await syncFromStatusScreen(verifier);
  await openFromInbox(verifier, failing.applicant.name);
  await expect(v.getByTestId('file-state')).toHaveText('Dikembalikan ke verifikator');
  await expect(v.getByText(returnReason).first()).toBeVisible();
  await v.locator('#requirement-R3').click();
  await panel(v, 'R3').getByLabel('Catatan verifikator').fill('24 anggota dengan NIK Kota Bontang (6474) tercantum di daftar anggota halaman 1–2.');
  await saved(v);
  await expect(v.getByTestId('file-state')).toHaveText('Dalam verifikasi');
  await guideShot(v, testInfo, '09-memperbaiki');
  await v.getByRole('link', { name: 'Lanjut ke keputusan' }).click();
  await generateDocuments(v);
  await submit(v);
  await syncFromStatusScreen(verifier);

  // 10. Menyetujui dan menandatangani: the supervisor syncs, approves and signs.
  await syncFromStatusScreen(supervisor);
  await openForReview(supervisor, failing.applicant.name);
  await expect(s.getByTestId('history')).toContainText(returnReason);
  await approveAndSign(supervisor, shot(s, '10-menandatangani'));
  await expect(s.locator('[data-page="1"] [data-state="rendered"]').first()).toBeVisible();
  await guideShot(s, testInfo, '11-ditandatangani');
  await syncFromStatusScreen(supervisor);

  // The photo went up before the finding that names it.
  const asSupervisor = await serverSession(server.url, people.supervisor);
  expect((await asSupervisor(`/blobs/${createHash('sha256').update(PHOTO).digest('hex')}`)).status).toBe(200);

  // 11. Memverifikasi QR: the signed letter on the server, its QR lookup, and the audit trails.
  const letter = await expectSignedOnServer(failing.id, 'reject');
  // What a reader of the QR code sees: the lookup's answer, opened in the browser.
  const reader = await supervisor.context.newPage();
  await reader.goto(`${server.url}/verify/${letter.reference}`);
  await expect(reader.getByText(createHash('sha256').update(letter.bytes).digest('hex'))).toBeVisible();
  await guideShot(reader, testInfo, '12-verifikasi-qr');
  await reader.close();
  const trails = [await expectLaptopTrailVerifies(v), await expectLaptopTrailVerifies(s)];
  await expectServerTrail(failing.id, trails);
  await syncFromStatusScreen(verifier);
  await openFromInbox(verifier, failing.applicant.name);
  await expect(v.getByTestId('file-state')).toHaveText('Ditandatangani');
  // The only failed requests: the pushes main refused (422 sync_offline) while the server was down.
  expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
});

test('a file where every requirement meets: a signed recommendation to issue', async () => {
  const laptop = need(verifier, 'verifier');
  const head = need(supervisor, 'supervisor');
  const v = laptop.page;
  await openFromInbox(laptop, clean.applicant.name);
  await judgeRequirements(v, false);
  await v.getByRole('link', { name: 'Lanjut ke keputusan' }).click();
  await expect(v.getByTestId('suggested-decision')).toHaveText('Rekomendasi penerbitan');
  await expect(v.getByTestId('your-decision')).toHaveText('Rekomendasi penerbitan');
  await fillParticulars(v, { report: '500.3/033/DKUKMP/2026', letter: '500.3/034/DKUKMP/2026' });
  await generateDocuments(v);
  await submit(v);
  await syncFromStatusScreen(laptop);

  await syncFromStatusScreen(head);
  await openForReview(head, clean.applicant.name);
  await expect(head.page.getByTestId('submitted-recommendation')).toHaveText('Rekomendasi penerbitan');
  await approveAndSign(head);
  await syncFromStatusScreen(head);

  await expectSignedOnServer(clean.id, 'issue');
  const trails = [await expectLaptopTrailVerifies(v), await expectLaptopTrailVerifies(head.page)];
  await expectServerTrail(clean.id, trails);
});
