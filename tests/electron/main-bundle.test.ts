// Runs the built main bundle (dist/electron/main.cjs) against a recording stand-in for the
// `electron` module — the runtime itself cannot run here. This checks what the typechecker
// cannot: that the bundle loads, that the composition root does its steps in the order Electron
// requires (privileged schemes before ready), and that the registered protocol and IPC handlers
// answer real requests from real files: the built renderer and a real vault.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls } from '../../common/contract';
import { contentSecurityPolicy } from '../../electron/main/security-policy';
import { Vault } from '../../electron/services/vault/vault';
import { ensureBuilt } from './ensure-built';

const root = path.resolve(import.meta.dirname, '../..');
const mainBundle = path.join(root, 'dist/electron/main.cjs');

type Handler = (...args: unknown[]) => void;
const steps: string[] = [];
const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
const windows: { options: Record<string, unknown>; url?: string }[] = [];
const appEvents = new EventEmitter();
let privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
let menu: { label?: string }[] = [];
let markReady: () => void = () => undefined;
let userData = '';

const fakeElectron = {
  app: {
    requestSingleInstanceLock: () => (steps.push('lock'), true),
    quit: () => steps.push('quit'),
    exit: (code: number) => steps.push(`exit ${code}`),
    on: (name: string, listener: Handler) => appEvents.on(name, listener),
    whenReady: () => new Promise<void>((resolve) => (markReady = resolve)),
    enableSandbox: () => steps.push('enableSandbox'),
    isPackaged: false,
    getPath: (name: string) => path.join(userData, name === 'userData' ? '' : name),
    getAppPath: () => root,
    getVersion: () => '0.1.0',
    setAboutPanelOptions: () => undefined,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: typeof privileged) => {
      steps.push('registerSchemesAsPrivileged');
      privileged = schemes;
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      steps.push(`protocol ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => steps.push('permissionRequestHandler'),
      setPermissionCheckHandler: () => steps.push('permissionCheckHandler'),
      setDevicePermissionHandler: () => undefined,
      setDisplayMediaRequestHandler: () => undefined,
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => ipcHandlers.set(channel, handler),
  },
  Menu: {
    buildFromTemplate: (template: typeof menu) => template,
    setApplicationMenu: (built: typeof menu) => (menu = built),
  },
  dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
  // No keychain here: the services fall back to their file-key store, as on a Linux without one.
  safeStorage: { isEncryptionAvailable: () => false },
  BrowserWindow: class extends EventEmitter {
    readonly webContents = { send: () => undefined };
    readonly #record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      super();
      steps.push('window');
      this.#record = { options };
      windows.push(this.#record);
    }
    loadURL(url: string): Promise<void> {
      this.#record.url = url;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    show(): void {
      // The stand-in has nothing to show.
    }
  },
};

const mainFrame = { senderFrame: { url: 'app://verikop/index.html', parent: null } };
const fetchApp = (url: string, init?: RequestInit): Promise<Response> => {
  const handler = protocolHandlers.get('app');
  if (handler === undefined) throw new Error('app:// is not handled');
  return handler(new Request(url, init));
};
const fetchVault = (url: string): Promise<Response> => {
  const handler = protocolHandlers.get('verikop-vault');
  if (handler === undefined) throw new Error('verikop-vault:// is not handled');
  return handler(new Request(url));
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;

beforeAll(async () => {
  await ensureBuilt();
  userData = await mkdtemp(path.join(tmpdir(), 'verikop-main-'));
  moduleWithLoad._load = function load(this: unknown, request, parent, isMain) {
    return request === 'electron' ? fakeElectron : originalLoad.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(mainBundle);
  steps.push('ready');
  markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
}, 120_000);

afterAll(async () => {
  moduleWithLoad._load = originalLoad;
  await rm(userData, { recursive: true, force: true });
});

describe('composition root (built bundle)', () => {
  it('takes the lock, hardens the process and registers schemes before ready, the rest after', () => {
    const at = (step: string): number => steps.indexOf(step);
    expect(at('lock')).toBe(0);
    expect(at('enableSandbox')).toBeGreaterThan(0);
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    for (const later of ['permissionRequestHandler', 'permissionCheckHandler', 'protocol app', 'protocol verikop-vault', 'window']) {
      expect(at(later), later).toBeGreaterThan(at('ready'));
    }
    expect(steps).not.toContain('quit');
  });

  it('registers app:// and the vault scheme as standard, secure, fetchable', () => {
    expect(privileged.map((p) => p.scheme)).toEqual(['app', 'verikop-vault']);
    for (const p of privileged) expect(p.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('opens one hardened window on app://verikop/index.html, with the Indonesian menu', () => {
    expect(windows).toHaveLength(1);
    expect(windows[0]?.url).toBe('app://verikop/index.html');
    expect(windows[0]?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(root, 'dist/electron/preload.cjs') });
    expect(menu.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
  });
});

describe('app:// protocol', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const response = await fetchApp('app://verikop/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(readFileSync(path.join(root, 'dist/renderer/index.html'), 'utf8'));
  });

  it('serves the scripts index.html loads, as JavaScript', async () => {
    const html = readFileSync(path.join(root, 'dist/renderer/index.html'), 'utf8');
    const script = /<script[^>]+src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetchApp(`app://verikop/${script ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses writes, missing files, other hosts and escapes', async () => {
    expect((await fetchApp('app://verikop/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetchApp('app://verikop/nope.js')).status).toBe(404);
    expect((await fetchApp('app://other/index.html')).status).toBe(404);
    expect((await fetchApp('app://verikop/assets/..%2F..%2F..%2Fpackage.json')).status).toBe(403);
  });
});

describe('verikop-vault:// protocol', () => {
  it('serves a stored file by its hash, verified, with its type', async () => {
    const vault = Vault.forDataDir(userData);
    const bytes = new TextEncoder().encode('%PDF-1.7\n%verikop test\n');
    const stored = await vault.put(bytes, { mediaType: 'application/pdf' });
    const response = await fetchVault(`verikop-vault://blob/${stored.sha256}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://verikop');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('answers 404 for an unknown hash, 400 for a malformed URL, 500 for a damaged file', async () => {
    expect((await fetchVault(`verikop-vault://blob/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await fetchVault('verikop-vault://blob/../../etc/passwd')).status).toBe(400);
    const vault = Vault.forDataDir(userData);
    const stored = await vault.put(new TextEncoder().encode('%PDF-1.7\n%to be damaged\n'), { mediaType: 'application/pdf' });
    const file = path.join(userData, 'vault', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256);
    expect(existsSync(file)).toBe(true);
    await writeFile(file, 'tampered bytes');
    expect((await fetchVault(`verikop-vault://blob/${stored.sha256}`)).status).toBe(500);
  });
});

describe('IPC', () => {
  it('has one rpc channel per call in the contract', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.keys(calls).map((n) => `rpc:${n}`).sort());
  });

  it('answers app.info for the app window, with the Electron data directory', async () => {
    await expect(ipcHandlers.get('rpc:app.info')?.(mainFrame, {})).resolves.toEqual({
      ok: true,
      value: { name: 'Verikop', version: '0.1.0', dataDir: userData, host: 'electron' },
    });
  });

  it('refuses another origin', async () => {
    const foreign = { senderFrame: { url: 'https://example.org/', parent: null } };
    await expect(ipcHandlers.get('rpc:app.info')?.(foreign, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});

describe('preload bundle', () => {
  // A sandboxed preload gets a `require` that knows only a few modules; anything else the
  // bundle asked for would fail in the window, silently leaving the page without its bridge.
  it('needs nothing but electron, and exposes the bridge when run with only that', () => {
    const code = readFileSync(path.join(root, 'dist/electron/preload.cjs'), 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);

    const exposed = new Map<string, unknown>();
    const sandboxedRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`module not available in a sandboxed preload: ${name}`);
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
        ipcRenderer: { invoke: () => Promise.resolve(), on: () => undefined, removeListener: () => undefined },
      };
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxedRequire, module, exports: module.exports });
    expect([...exposed.keys()]).toEqual(['verikop']);
    expect(Object.keys(exposed.get('verikop') as object).sort()).toEqual(['host', 'invoke', 'on', 'vaultUrl']);
  });
});
