// Applies security-policy.ts to Electron: the one place where the shell's hardening is wired.
// The checklist in security-checklist.ts points here item by item.
import { app, BrowserWindow, session, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { log } from './log';
import { isAllowedNavigation, isPermissionGranted, urlForLog } from './security-policy';

/** Process-wide hardening; call before `app.whenReady()`. */
export function setupSecurity(): void {
  // Sandbox every renderer, including any a library might create, not only our own window.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
  });
}

/** Session hardening; call once the app is ready (sessions do not exist before). */
export function secureSession(ses: Session = session.defaultSession): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    const granted = isPermissionGranted(permission);
    if (!granted) log.warn(`Izin "${permission}" ditolak`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  // Screen capture is never offered: answering with no source refuses the request.
  ses.setDisplayMediaRequestHandler((_request, callback) => {
    callback({});
  });
}

// Every webContents — the main window and anything else — may navigate only inside the app,
// may not open windows, and may not attach <webview>s.
function guardWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    log.warn(`Navigasi ke ${urlForLog(url)} ditolak`);
  };
  contents.on('will-navigate', (event) => {
    refuseNavigation(event, event.url);
  });
  // will-navigate sees only the main frame; subframes are checked here.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) refuseNavigation(event, event.url);
  });
  contents.on('will-redirect', (event) => {
    refuseNavigation(event, event.url);
  });
  // Links that would open a window are refused rather than handed to the system browser:
  // nothing in the app needs one, and handing page-supplied URLs to the system is a known hole.
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Jendela baru ke ${urlForLog(url)} ditolak`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('<webview> ditolak');
  });
}

export interface SecureWindowOptions {
  /** Absolute path of the bundled preload script. */
  readonly preload: string;
  /** Developer tools: only when running unpackaged. */
  readonly devTools: boolean;
}

/**
 * The only way the app makes a window. webPreferences are written here as a literal, values
 * equal to Electron's defaults included, so that a reader and electronegativity see each
 * decision and a changed default cannot loosen them; callers cannot pass their own.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  secure: SecureWindowOptions,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: secure.preload,
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
      // Middle-click would otherwise be a second way to open links; nothing needs it.
      disableBlinkFeatures: 'Auxclick',
      // Spell-check dictionaries are downloaded from Google's CDN; the app must work offline.
      spellcheck: false,
      devTools: secure.devTools,
    },
  });
}
