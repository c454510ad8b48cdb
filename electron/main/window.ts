// The one application window.
import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { log } from './log';
import { createSecureWindow } from './security';
import { appEntryUrl } from './security-policy';

export function createMainWindow(opts: { developer: boolean }): BrowserWindow {
  const window = createSecureWindow(
    { title: 'Verikop', width: 1280, height: 820, minWidth: 960, minHeight: 600, show: false, backgroundColor: '#ffffff' },
    { preload: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'), devTools: opts.developer },
  );
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    log.error('Halaman aplikasi tidak dapat dimuat', error);
  });
  return window;
}
