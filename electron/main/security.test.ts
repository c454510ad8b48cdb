// The Electron runtime cannot run here, so `electron` is replaced by recorders and the events
// Electron would fire are simulated. What is checked is our wiring: which settings every window
// gets, and what each guard decides. Whether Electron fires those events as documented is left
// to tests/electron/electron.spec.ts where the binary is installed.
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const windows: unknown[] = [];
const appEvents = new EventEmitter();
const enableSandbox = vi.fn();

vi.mock('electron', () => ({
  app: { enableSandbox, on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener) },
  session: { defaultSession: {} },
  BrowserWindow: vi.fn(function (options: unknown) {
    windows.push(options);
  }),
}));
vi.mock('./log', () => ({ log: { warn: vi.fn(), error: vi.fn(), info: vi.fn() } }));

type Security = typeof import('./security');
let security: Security;
beforeAll(async () => {
  security = await import('./security');
});

interface Prefs {
  readonly [key: string]: unknown;
}
const prefsOf = (options: unknown): Prefs => (options as { webPreferences: Prefs }).webPreferences;

describe('createSecureWindow', () => {
  it('isolates, sandboxes and keeps Node out of the page, its workers and its frames', () => {
    security.createSecureWindow({ title: 'x' }, { preload: '/app/dist/electron/preload.cjs', devTools: false });
    expect(prefsOf(windows.at(-1))).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    });
  });

  it('enables no Blink feature, and devtools only when asked (developers)', () => {
    security.createSecureWindow({}, { preload: 'p', devTools: true });
    const prefs = prefsOf(windows.at(-1));
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.devTools).toBe(true);
  });

  it('ignores webPreferences smuggled in by a caller', () => {
    const sneaky = { title: 'x', webPreferences: { nodeIntegration: true, sandbox: false } };
    security.createSecureWindow(sneaky, { preload: 'p', devTools: false });
    expect(prefsOf(windows.at(-1))).toMatchObject({ nodeIntegration: false, sandbox: true });
    expect((windows.at(-1) as { title: string }).title).toBe('x');
  });
});

/** A webContents stand-in: real events, recorded window-open handler. */
function fakeContents(): EventEmitter & { openHandler?: (d: { url: string }) => unknown } {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => unknown; setWindowOpenHandler: unknown };
  contents.setWindowOpenHandler = (handler: (d: { url: string }) => unknown) => {
    contents.openHandler = handler;
  };
  return contents;
}

function navigationEvent(url: string, isMainFrame = true): { url: string; isMainFrame: boolean; prevented: boolean; preventDefault(): void } {
  return {
    url,
    isMainFrame,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('setupSecurity', () => {
  const contents = fakeContents();
  beforeAll(() => {
    security.setupSecurity();
    appEvents.emit('web-contents-created', {}, contents);
  });

  it('sandboxes every renderer of the process', () => {
    expect(enableSandbox).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays in the app, refuses anything else', (eventName) => {
    const inside = navigationEvent('app://verikop/permohonan/7');
    contents.emit(eventName, inside);
    expect(inside.prevented).toBe(false);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)']) {
      const outside = navigationEvent(url);
      contents.emit(eventName, outside);
      expect(outside.prevented, url).toBe(true);
    }
  });

  it('will-frame-navigate: refuses a subframe leaving the app', () => {
    const sub = navigationEvent('https://example.org/', false);
    contents.emit('will-frame-navigate', sub);
    expect(sub.prevented).toBe(true);
  });

  it('denies every new window, even one inside the app', () => {
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://verikop/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses <webview>', () => {
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });
});

describe('secureSession', () => {
  it('refuses every permission request, check, device and screen capture', () => {
    const recorded: Record<string, (...args: never[]) => unknown> = {};
    const record = (name: string) => (handler: (...args: never[]) => unknown) => {
      recorded[name] = handler;
    };
    const ses = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
      setDisplayMediaRequestHandler: record('display'),
    };
    security.secureSession(ses as never);

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      (recorded.request as (c: unknown, p: string, cb: (g: boolean) => void) => void)({}, permission, (g) => answers.push(g));
      expect(answers, permission).toEqual([false]);
      expect((recorded.check as (c: unknown, p: string) => boolean)(null, permission), permission).toBe(false);
    }
    expect((recorded.device as () => boolean)()).toBe(false);
    const streams: unknown[] = [];
    (recorded.display as (r: unknown, cb: (s: unknown) => void) => void)({}, (s) => streams.push(s));
    expect(streams).toEqual([{}]);
  });
});
