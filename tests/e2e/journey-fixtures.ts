// The pieces of the two-laptop journey, all real processes: one sync server (the same entry as
// `npm run server`, PGlite in a throw-away folder) with a verifier and a supervisor created and a
// sample packet taken in by the admin CLI, and a web host per laptop with its own data folder.
// The laptops reach the server only through what a person does in the app (settings: server
// address and sign-in).
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import type { Application } from '../../common/domain';
import { applicationFailing, cleanApplication } from '../../common/domain/fixtures';
import { buildPacketFiles, writePacketFolder } from '../../electron/services/samples/sample-packets';
import { runAdminCommand, startChildServer, type ChildServer } from '../../server/testing/child';
import { screenshotInto } from './supervisor-fixtures';
import { startHostProcess, stopHostProcess, type RunningHost } from './web-host-process';

/** Two shared cores run a server, two hosts, Chromium and PDF work: waits get room. */
export const expect = baseExpect.configure({ timeout: 30_000 });

export const people = {
  verifier: { username: 'andi', password: 'verifikasi-lapangan-2026', name: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007' },
  supervisor: { username: 'nurul', password: 'persetujuan-kabid-2026', name: 'Ir. Hj. Nurul Hidayah, M.M.', nip: '197805122005012003' },
} as const;

export interface JourneyServer {
  readonly dataDir: string;
  readonly url: string;
  /** The SHA-256 of each packet document, by application id. */
  readonly documents: ReadonlyMap<string, readonly string[]>;
  /** The running process; undefined while stopped. */
  current: ChildServer | undefined;
}

async function admin(dataDir: string, args: readonly string[], input = ''): Promise<string> {
  const result = await runAdminCommand({ dataDir }, args, input);
  if (result.code !== 0) throw new Error(`npm run server -- ${args.join(' ')} failed (${String(result.code)}): ${result.stderr}`);
  return result.stdout;
}

/** The packet of an application, written as a folder and taken in, assigned to the verifier. */
async function intake(dataDir: string, app: Application): Promise<string[]> {
  const folder = path.join(dataDir, '..', `paket-${app.id}`);
  const packet = await buildPacketFiles(app);
  await writePacketFolder(folder, packet);
  await admin(dataDir, ['packet:import', folder, '--assign', people.verifier.username]);
  return packet.manifest.application.documents.map((d) => d.sha256);
}

/** A sample application under its own id and applicant: the clean one, or one failing R8. */
export function journeyApplication(id: string, applicant: string, registration: number, fails?: 'R8'): Application {
  const base = fails === undefined ? cleanApplication() : applicationFailing[fails]();
  return { ...base, id, registrationNumber: `PD/KCP-KSP/2026/${String(registration).padStart(6, '0')}`, applicant: { ...base.applicant, name: applicant } };
}

/**
 * Creates the users and takes in the packets with the admin CLI (PGlite admits one process at a
 * time, so before the server starts), then starts the server.
 */
export async function startJourneyServer(root: string, applications: readonly Application[]): Promise<JourneyServer> {
  const dataDir = path.join(root, 'server');
  await mkdir(dataDir, { recursive: true });
  const { verifier, supervisor } = people;
  await admin(dataDir, ['user:create', verifier.username, '--role', 'verifier', '--name', verifier.name, '--nip', verifier.nip], `${verifier.password}\n`);
  await admin(dataDir, ['user:create', supervisor.username, '--role', 'supervisor', '--name', supervisor.name, '--nip', supervisor.nip], `${supervisor.password}\n`);
  const documents = new Map<string, string[]>();
  for (const app of applications) documents.set(app.id, await intake(dataDir, app));
  const current = await startChildServer({ dataDir });
  return { dataDir, url: current.url, documents, current };
}

/** Stops the server the way an outage does: the process is gone, mid-whatever. */
export async function stopServer(server: JourneyServer): Promise<void> {
  await server.current?.kill('SIGKILL');
  server.current = undefined;
}

/** Assigns one more application to the verifier: the server is stopped for the admin CLI and started again on its port. */
export async function assignWhileRunning(server: JourneyServer, app: Application): Promise<void> {
  await stopServer(server);
  await intake(server.dataDir, app);
  await restartServer(server);
}

/** The server again, on the same data and the same port (the address the laptops keep). */
export async function restartServer(server: JourneyServer): Promise<void> {
  const port = Number(new URL(server.url).port);
  server.current = await startChildServer({ dataDir: server.dataDir, port });
}

export interface Laptop {
  readonly host: RunningHost;
  readonly dataDir: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A web host with its own data folder, and a browser context of its own on it. */
export async function openLaptop(browser: Browser, root: string, name: string, now: Date): Promise<Laptop> {
  const dataDir = path.join(root, name);
  await mkdir(dataDir, { recursive: true });
  const host = await startHostProcess(['--port', '0', '--data-dir', dataDir]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.goto(host.launchUrl);
  return { host, dataDir, context, page };
}

export async function closeLaptop(laptop: Laptop | undefined): Promise<void> {
  if (laptop === undefined) return;
  await laptop.context.close();
  await stopHostProcess(laptop.host);
}

export const journeyRoot = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'verikop-journey-'));
export const removeRoot = (root: string | undefined): Promise<void> => (root === undefined ? Promise.resolve() : rm(root, { recursive: true, force: true }));

/** Whether the laptop's vault holds a file with these bytes (it is stored under its SHA-256). */
export async function vaultHolds(laptop: Laptop, sha256: string): Promise<boolean> {
  const file = path.join(laptop.dataDir, 'vault', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

export async function goTo(laptop: Laptop, hashPath: string): Promise<void> {
  await laptop.page.goto(`${laptop.host.origin}/#${hashPath}`);
}

/** Signs in through the settings screen, as a person does. */
export async function signIn(laptop: Laptop, server: JourneyServer, who: (typeof people)[keyof typeof people]): Promise<void> {
  const { page } = laptop;
  await goTo(laptop, '/pengaturan');
  const form = page.getByRole('form', { name: 'Server Dinas dan akun' });
  await form.getByLabel('Alamat server').fill(server.url);
  await form.getByLabel('Nama pengguna').fill(who.username);
  await form.getByLabel('Kata sandi').fill(who.password);
  await form.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText(who.name).first()).toBeVisible();
}

/** The screen as the user guide shows it, for docs/user-guide/ (see screenshotInto). */
export const guideShot = (page: Page, testInfo: TestInfo, name: string): Promise<void> => screenshotInto('user-guide', page, testInfo, name);
