// The one application window.
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { log } from './log';
import { appEntryUrl, secureWebPreferences } from './security-policy';

export function createMainWindow(opts: { developer: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Verikop',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({
      preload: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
      devTools: opts.developer,
    }),
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    log.error('Halaman aplikasi tidak dapat dimuat', error);
  });
  return window;
}
