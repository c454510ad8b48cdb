// Files for the supervisor, status and settings end-to-end tests, made by the app's own code: the
// records are written by renderer/db's repositories (import, findings, documents, workflow steps,
// a conflict settled from a server answer) into a database in this process (fake-indexeddb),
// then copied table by table into the page's IndexedDB; the PDFs are laid out by the web host's
// real documents.generate; the signer is a demo .p12 from the signing area's demo PKI, imported
// into the host's real keystore with its CA trusted. What stands in for a server, since these
// tests run without one: the push answers that settle the outbox, one pulled page (another
// supervisor's return) and a conflict answer are written here in the protocol's shapes and
// applied by the app's own pull and settle code. The journey and sync-start specs run a real server.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CertificateSummary } from '../../common/contract/signing';
import {
  applicationSchema,
  calendarDateSchema,
  createWorkingDayCalendar,
  holidayCalendarDocumentSchema,
  seedCalendarDocument,
  serviceDeadline,
  transition,
  type Actor,
  type Application,
  type CalendarDate,
  type Finding,
  type WorkflowAction,
} from '../../common/domain';
import { cleanApplicationInput, sampleAddressee, sampleOffice, sampleSupervisor, sampleTeam, suggestedFindings, VERIFICATION_DATE } from '../../common/domain/fixtures';
import { DemoCa, Keystore, TrustAnchors } from '../../electron/services/signing';
import { importApplication } from '../../renderer/db/applications';
import { settleOutbox } from '../../renderer/db/answers';
import { VerikopDb } from '../../renderer/db/database';
import { attachDocument } from '../../renderer/db/documents';
import { saveDraft } from '../../renderer/db/drafts';
import { saveFinding } from '../../renderer/db/findings';
import { pendingOutbox } from '../../renderer/db/outbox';
import { applyPulled } from '../../renderer/db/pull';
import { recordWorkflowAction } from '../../renderer/db/workflow';
import type { Api } from '../../renderer/platform/client';
import { testHost } from './host';

export const verifier: Actor = { userId: 'u-siti', role: 'verifier' };
/** The supervisor who returned the clean file from another laptop; the server sends their name with the step. */
export const formerSupervisorName = 'Drs. Rudi Hartono, M.Si.';

/** The supervisor's local profile; the app acts as `lokal-<NIP>`. */
export const supervisorProfile = { name: sampleSupervisor.name, nip: sampleSupervisor.nip, position: sampleSupervisor.position, role: 'supervisor' } as const;
export const supervisorUserId = `lokal-${sampleSupervisor.nip}`;

export const files = {
  clean: { id: 'app-2026-0042', applicant: 'Koperasi Simpan Pinjam Sejahtera Bersama Kaltim', registration: 'PD/KCP-KSP/2026/000317' },
  failing: { id: 'app-2026-0043', applicant: 'KSP Mitra Usaha Bontang', registration: 'PD/KCP-KSP/2026/000318' },
  editing: { id: 'app-2026-0044', applicant: 'KSP Karya Bersama Tanjung Laut', registration: 'PD/KCP-KSP/2026/000319' },
} as const;

export const returnReason = 'Halaman bukti daftar anggota belum ditautkan; tautkan halaman yang memuat NIK.';
const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));
const verificationDate = calendarDateSchema.parse(VERIFICATION_DATE);

function variant(file: (typeof files)[keyof typeof files], change?: (input: ReturnType<typeof cleanApplicationInput>) => void): Application {
  const input = cleanApplicationInput();
  input.id = file.id;
  input.registrationNumber = file.registration;
  input.applicant.name = file.applicant;
  change?.(input);
  return applicationSchema.parse(input);
}

async function step(db: VerikopDb, app: Application, state: Parameters<typeof transition>[0], action: WorkflowAction, actor: Actor, context: Parameters<typeof transition>[3] = {}): Promise<void> {
  const t = transition(state, action, actor, { assignedVerifierIds: [verifier.userId], ...context });
  if (!t.ok) throw new Error(t.error.message);
  await recordWorkflowAction(db, app.id, t.value);
}

// The host's vault outlives a test, and the same input lays out the same bytes: each document is
// generated once per test run (laying out four PDFs takes seconds on a shared machine).
const generated = new Map<string, string>();

async function generate(page: Page, kind: 'verification_report' | 'recommendation_letter', input: unknown): Promise<string> {
  const key = JSON.stringify([kind, input]);
  const known = generated.get(key);
  if (known !== undefined) return known;
  const answer = await page.evaluate(
    ([k, i]) => (window as unknown as { verikopApi: Api }).verikopApi.call('documents.generate', { kind: k, input: i } as never),
    [kind, input] as const,
  );
  if (!answer.ok) throw new Error(answer.error.message);
  generated.set(key, answer.value.sha256);
  return answer.value.sha256;
}

/** The Berita Acara and the draft letter, laid out by the host and attached as the decision screen does. */
async function generateDocuments(page: Page, db: VerikopDb, app: Application, findings: readonly Finding[], sequence: number): Promise<void> {
  const number = (n: number) => `500.3/${String(n).padStart(3, '0')}/DKUKMP/2026`;
  const report = { application: app, findings, number: number(sequence), date: VERIFICATION_DATE, office: sampleOffice, team: sampleTeam, acknowledgedBy: sampleSupervisor };
  const letter = {
    application: app, findings, number: number(sequence + 1), date: VERIFICATION_DATE, office: sampleOffice, addressee: sampleAddressee,
    report: { number: number(sequence), date: VERIFICATION_DATE }, signatory: sampleSupervisor, attachments: 1, carbonCopies: ['Kepala Dinas Koperasi, UKM dan Perdagangan Kota Bontang'],
    verificationUrl: 'https://verikop.bontangkota.go.id/verifikasi',
  };
  for (const [kind, input, prefix] of [['verification_report', report, 'ba'], ['recommendation_letter', letter, 'rek']] as const) {
    const sha256 = await generate(page, kind, input);
    await attachDocument(db, verifier, { applicationId: app.id, id: `${prefix}-${sha256.slice(0, 40)}`, kind, sha256, fileName: `${kind}-${app.id}.pdf`, signed: false });
  }
}

async function verified(db: VerikopDb, app: Application): Promise<Finding[]> {
  await importApplication(db, verifier, { application: app, assignee: verifier.userId, deadline: serviceDeadline(calendar, app.receivedAt).value });
  await step(db, app, 'received', 'start_verification', verifier);
  const findings = suggestedFindings(app, verificationDate);
  for (const f of findings) await saveFinding(db, verifier, { applicationId: app.id, ...f, status: f.status });
  return findings;
}

/**
 * The verifier's work so far was accepted; another supervisor returned the file on their own
 * laptop, and the step arrives with a pull, with their name as the server knows it.
 */
async function returnedByAnotherSupervisor(db: VerikopDb, app: Application): Promise<void> {
  const sent = (await pendingOutbox(db, 500)).filter((o) => o.applicationId === app.id);
  await settleOutbox(db, sent.map((o, i) => ({ opId: o.id, status: 'accepted' as const, seq: 100 + i })));
  const seq = 100 + sent.length;
  const at = new Date().toISOString();
  const opId = randomUUID();
  const step = { seq, opId, action: 'return_to_verifier' as const, from: 'awaiting_approval' as const, to: 'returned' as const, actorId: 'u-rudi', actorRole: 'supervisor' as const, actorName: formerSupervisorName, at, reason: returnReason };
  const deadlineOf = (receivedAt: CalendarDate) => serviceDeadline(calendar, receivedAt).value;
  await applyPulled(db, { entries: [{ seq, opId, authorId: 'u-rudi', at, changes: [{ kind: 'workflow', applicationId: app.id, state: 'returned', stateVersion: seq, step }] }], cursor: seq, hasMore: false }, deadlineOf);
}

/** Submitted, returned with a reason by another supervisor, resubmitted: waits for approval. */
async function cleanFile(page: Page, db: VerikopDb): Promise<void> {
  const app = variant(files.clean);
  const findings = await verified(db, app);
  await generateDocuments(page, db, app, findings, 17);
  await step(db, app, 'in_verification', 'submit_for_approval', verifier, { recommendation: 'issue' });
  await returnedByAnotherSupervisor(db, app);
  await step(db, app, 'returned', 'resume_verification', verifier);
  await step(db, app, 'in_verification', 'submit_for_approval', verifier, { recommendation: 'issue' });
}

/** Fails R2 (five months of operation): submitted with a recommendation to reject. */
async function failingFile(page: Page, db: VerikopDb): Promise<void> {
  const app = variant(files.failing, (a) => (a.branchOffice.operationsStartedOn = '2025-09-03'));
  const findings = await verified(db, app);
  const reason = 'Kantor Cabang baru menjalankan usaha simpan pinjam lima bulan sebelum permohonan.';
  await saveDraft(db, verifier, { applicationId: app.id, reason });
  await generateDocuments(page, db, app, findings, 20);
  await step(db, app, 'in_verification', 'submit_for_approval', verifier, { recommendation: 'reject', reason });
}

/** Still in verification, with a note the server kept in another version: one open conflict. */
async function conflictedFile(db: VerikopDb): Promise<void> {
  const app = variant(files.editing);
  const findings = await verified(db, app);
  const r3 = findings.find((f) => f.requirement === 'R3');
  if (r3 === undefined) throw new Error('no R3 finding');
  await saveFinding(db, verifier, { applicationId: app.id, ...r3, note: 'Daftar anggota diperiksa: 24 baris, semua NIK Bontang.' });
  const edit = (await pendingOutbox(db, 500)).at(-1);
  if (edit === undefined) throw new Error('no outbox entry for the edit');
  // Everything else was accepted; the note met another verifier's edit on the server, which names her.
  await settleOutbox(db, (await pendingOutbox(db, 500)).filter((o) => o.id !== edit.id && o.applicationId === app.id).map((o, i) => ({ opId: o.id, status: 'accepted' as const, seq: i + 1 })));
  await settleOutbox(db, [{ opId: edit.id, status: 'conflict', conflicts: [{ record: 'finding/R3', field: 'note', server: { value: 'Tiga NIK ganda; dihitung sekali.', version: 41, userId: 'u-ani', userName: 'Ani Lestari, S.E.' }, client: 'Daftar anggota diperiksa: 24 baris, semua NIK Bontang.' }] }]);
}

type Tables = Record<string, unknown[]>;

/** Every record table of a database built here, ready to copy into the page. */
async function buildRecords(page: Page, which: readonly ('clean' | 'failing' | 'conflict')[]): Promise<Tables> {
  const db = new VerikopDb('seed', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  try {
    if (which.includes('clean')) await cleanFile(page, db);
    if (which.includes('failing')) await failingFile(page, db);
    if (which.includes('conflict')) await conflictedFile(db);
    const tables: Tables = {};
    // syncState is the page's own (its installation id); everything else is copied.
    for (const table of db.tables) if (table.name !== 'syncState') tables[table.name] = await table.toArray();
    return tables;
  } finally {
    // The factory is this call's own, in memory: closing drops it all.
    db.close();
  }
}

/** Writes rows into an IndexedDB database the app has already created in the page. */
async function putRows(page: Page, database: string, tables: Tables): Promise<void> {
  await page.evaluate(
    async ({ database, tables }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => { resolve(request.result); };
        request.onerror = () => { reject(request.error ?? new Error('open failed')); };
      });
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => { resolve(); };
        tx.onerror = () => { reject(tx.error ?? new Error('write failed')); };
      });
      db.close();
    },
    { database, tables },
  );
}

/** Opens the app on the approval queue (which creates both databases) and waits for it. */
export async function openApp(page: Page, path = '/persetujuan'): Promise<void> {
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('banner').getByTestId('status-connection')).toBeVisible();
}

/** Seeds the page with files (and, when given, the supervisor's profile), then reloads. */
export async function seed(page: Page, options: { readonly files: readonly ('clean' | 'failing' | 'conflict')[]; readonly profile?: boolean }): Promise<void> {
  await openApp(page);
  await putRows(page, 'verikop', await buildRecords(page, options.files));
  if (options.profile === true) {
    await putRows(page, 'verikop-settings', { settings: [{ key: 'profile', value: supervisorProfile, updatedAt: new Date().toISOString() }] });
  }
  await page.reload();
}

export const DEMO_PASSPHRASE = 'tte-demo-2026';

/** A demo certificate for the supervisor in the host's keystore, its CA trusted; answers its id. */
export async function demoCertificate(): Promise<CertificateSummary> {
  const ca = DemoCa.create();
  const { p12 } = ca.issueSigner({ commonName: sampleSupervisor.name, nip: sampleSupervisor.nip }, DEMO_PASSPHRASE);
  const dataDir = testHost().dataDir;
  await TrustAnchors.forDataDir(dataDir).add(ca.certificateDer);
  return Keystore.forDataDir(dataDir).importP12(p12, DEMO_PASSPHRASE);
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * A screenshot of the whole screen into docs/<folder>/ when VERIKOP_SCREENSHOTS=1 (to refresh the
 * committed ones), otherwise beside the test's other output, so an ordinary run leaves the work
 * tree as it was. The window is made as tall as the content, so nothing is cut and the fixed app
 * bar stays on top (a full-page capture would paint it over the middle of a scrolled page).
 */
export async function screenshotInto(folder: 'screenshots' | 'user-guide', page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = process.env.VERIKOP_SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../../docs', folder, `${name}.png`) : testInfo.outputPath(`${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 2400)) });
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
}

/** A screen for docs/screenshots/ (see screenshotInto). */
export const screenshotScreen = (page: Page, testInfo: TestInfo, name: string): Promise<void> => screenshotInto('screenshots', page, testInfo, name);
