// End-to-end in real Electron: the packaged-layout app (dist/ + package.json main) starts, the
// window shows the shell from app://verikop, a contract call round-trips through preload and
// IPC, and the hardening holds inside the running page. Then demo mode as a person meets it on
// the first run (the embedded server started by main), one finding recorded, and after a
// restart of the app the finding is still there and the demo server is back. Skips, saying why,
// where the Electron runtime is not installed or there is no display to open a window on.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { Result, VerikopBridge } from '../../common/contract';
import { serverFindingStatus } from '../e2e/server-read';

const root = path.resolve(import.meta.dirname, '../..');

/** The Electron executable, or undefined when its runtime has not been downloaded. */
function electronExecutable(): string | undefined {
  try {
    // The package's index.js answers the binary's path and throws when path.txt is missing.
    const executable: unknown = createRequire(import.meta.url)('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

const executable = electronExecutable();
const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY !== undefined || process.env.WAYLAND_DISPLAY !== undefined;
const isBuilt = ['dist/electron/main.cjs', 'dist/renderer/index.html', 'dist/server/main.mjs'].every((f) => existsSync(path.join(root, f)));

const skipReason =
  executable === undefined
    ? 'Electron binary not installed: run `node node_modules/electron/install.js` (downloads the runtime), then `npm run build`.'
    : !hasDisplay
      ? 'No display for an Electron window: run the tests under `xvfb-run -a npm test`.'
      : !isBuilt
        ? 'The app is not built: run `npm run build` first.'
        : undefined;
// The list reporter does not print skip reasons; say it once where a person will see it.
if (skipReason !== undefined) console.warn(`Electron end-to-end dilewati. ${skipReason}`);
test.skip(skipReason !== undefined, skipReason);

type BridgeWindow = Window & { verikop: VerikopBridge };

let app: ElectronApplication | undefined;
let page: Page;
let dataHome: string;

async function launch(): Promise<void> {
  app = await electron.launch({
    executablePath: executable,
    // Chromium refuses to start its OS sandbox as root (containers); the renderer sandbox flag
    // and everything else still apply.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env: { ...process.env, XDG_CONFIG_HOME: dataHome, ELECTRON_DISABLE_SECURITY_WARNINGS: '' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

test.beforeAll(async () => {
  // A throwaway data directory (Linux: XDG_CONFIG_HOME), so the test neither reads nor writes a
  // real installation and the single-instance lock is its own.
  dataHome = await mkdtemp(path.join(tmpdir(), 'verikop-electron-'));
  await launch();
});

test.afterAll(async () => {
  await app?.close();
  await rm(dataHome, { recursive: true, force: true });
});

test('the window shows the shell from the app protocol', async () => {
  await expect(page).toHaveURL(/^app:\/\/verikop\//);
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});

test('app.info round-trips through the preload bridge and IPC', async () => {
  const answer = await page.evaluate(() => (window as unknown as BridgeWindow).verikop.invoke('app.info', {}));
  expect(answer).toMatchObject({ ok: true, value: { name: 'Verikop', host: 'electron' } });
  const dataDir = (answer as Extract<Result<unknown>, { ok: true }>).value as { dataDir: string };
  expect(dataDir.dataDir.startsWith(dataHome)).toBe(true);
});

test('bad input and unknown calls get typed errors', async () => {
  const [bad, unknown] = await page.evaluate(async () => {
    const bridge = (window as unknown as BridgeWindow).verikop;
    return [await bridge.invoke('app.info', { extra: true }), await bridge.invoke('app.nope', {})];
  });
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
});

test('the page has no Node, no Electron and no way out', async () => {
  const probe = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      require: typeof w.require,
      process: typeof w.process,
      bridgeKeys: Object.keys(w.verikop as object).sort(),
      popup: window.open('https://example.org/') === null,
    };
  });
  expect(probe).toEqual({ require: 'undefined', process: 'undefined', bridgeKeys: ['host', 'invoke', 'on', 'vaultUrl'], popup: true });
  expect(app?.windows()).toHaveLength(1);

  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await expect(page).toHaveURL(/^app:\/\/verikop\//);
});

test('permissions are refused and the CSP header is sent', async () => {
  const answers = await page.evaluate(async () => ({
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    notifications: await Notification.requestPermission(),
    csp: (await fetch('app://verikop/index.html')).headers.get('content-security-policy'),
  }));
  expect(answers).toMatchObject({ geolocation: 'denied', notifications: 'denied' });
  expect(answers.csp).toContain("script-src 'self'");
});

// Demo mode and a restart: one application of the demo, one finding on it.
const demoApplication = 'app-2026-0042-lengkap';
// The demo supervisor as printed in the README and on the first-run screen: sees every application.
const demoSupervisor = { username: 'supervisor', password: 'verikop-demo' };
/** The demo server's address, as the first run shows it. */
let demoServerUrl: string | undefined;

async function openNav(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click();
}

test.describe.serial('demo mode and a restart', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the first run starts demo mode: signed in as the demo verifier, the sample applications arrive', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Profil pengguna belum diisi: buka penyiapan awal' }).click();
    await page.getByRole('region', { name: 'Mode demo' }).getByRole('button', { name: 'Coba sebagai verifikator' }).click();
    await expect(page.getByText(/^Mode demo siap: Anda masuk sebagai .+ \(verifikator\)\.$/)).toBeVisible({ timeout: 120_000 });
    const accounts = page.getByText(/^Server demo: http:\/\/127\.0\.0\.1:\d+\./);
    demoServerUrl = /http:\/\/127\.0\.0\.1:\d+/.exec((await accounts.textContent()) ?? '')?.[0];
    expect(demoServerUrl).toBeDefined();
    await openNav('Kotak Masuk');
    const rows = page.getByRole('list', { name: 'Daftar berkas yang ditugaskan kepada Anda' }).getByRole('listitem');
    await expect(rows).toHaveCount(3, { timeout: 60_000 });
    await expect(page.getByRole('banner').getByTestId('status-connection')).toHaveText('Daring');
  });

  test('a finding is saved, and sent to the demo server', async () => {
    await page.locator(`a[href="#/berkas/${demoApplication}"]`).click();
    const r1 = page.getByRole('region', { name: /^R1 · / }).getByRole('radio', { name: 'Sesuai', exact: true });
    const serverUrl = demoServerUrl ?? '';
    expect(await serverFindingStatus(serverUrl, demoSupervisor, demoApplication, 'R1')).toBeUndefined();
    await r1.check();
    await expect(r1).toBeChecked();
    // On the server, read back as the demo supervisor: the pending count read zero before the change too.
    await expect.poll(() => serverFindingStatus(serverUrl, demoSupervisor, demoApplication, 'R1'), { timeout: 60_000 }).toBe('meets');
    await expect(page.getByRole('banner').getByTestId('status-pending')).toHaveText('0 tertunda', { timeout: 60_000 });
  });

  test('after a restart the finding is still there and demo mode is back', async () => {
    await app?.close();
    await launch();
    await openNav('Kotak Masuk');
    await page.locator(`a[href="#/berkas/${demoApplication}"]`).click();
    await expect(page.getByRole('region', { name: /^R1 · / }).getByRole('radio', { name: 'Sesuai', exact: true })).toBeChecked();
    // Main started the demo server again at launch; the session kept from the first run works.
    await expect(page.getByRole('banner').getByTestId('status-connection')).toHaveText('Daring', { timeout: 60_000 });
    await expect(page.getByRole('banner').getByRole('link', { name: 'Profil pengguna belum diisi: buka penyiapan awal' })).toBeHidden();
  });
});
