// Composition root of the Electron main process. Each step is one small module; read this file
// as the table of contents of the shell.
import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { createAppServices, type AppServices } from '../services/app-services';
import { demoServerLauncher } from './demo-server';
import { fileChooser, packetPicker, photoPicker } from './dialogs';
import { forwardEvents, setupIpc } from './ipc';
import { log, setupLogging } from './log';
import { setupMenu } from './menu';
import { registerPrivilegedSchemes, setupProtocols } from './protocols';
import { osSecretStore } from './safe-storage';
import { secureSession, setupSecurity } from './security';
import { setupUpdates } from './updates';
import { createMainWindow } from './window';

// A second launch hands over to the running instance (which comes to the front) and exits:
// two processes must never write the same vault and journals.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const developer = !app.isPackaged;
  setupLogging(app.getPath('logs'), { verboseConsole: developer });
  setupSecurity();
  registerPrivilegedSchemes();

  let mainWindow: BrowserWindow | undefined;
  let services: AppServices | undefined;

  app.on('second-instance', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(async () => {
      const dataDir = app.getPath('userData');
      services = createAppServices({
        host: 'electron',
        dataDir,
        version: app.getVersion(),
        chooseFile: fileChooser(() => mainWindow),
        choosePacket: packetPicker(() => mainWindow),
        choosePhotos: photoPicker(() => mainWindow),
        secretStore: osSecretStore(),
        // The packaged app ships no server bundle: there demo mode says it is unavailable.
        ...(app.isPackaged ? {} : { demoServer: demoServerLauncher(app.getAppPath()) }),
      });
      secureSession();
      setupProtocols({
        rendererRoot: path.join(app.getAppPath(), 'dist', 'renderer'),
        readVaultBlob: services.readVault,
      });
      setupIpc(services);
      setupMenu({ developer });
      mainWindow = createMainWindow({ developer });
      forwardEvents(services, mainWindow);
      // Demo mode chosen in an earlier run: its local server starts with the app, in the background.
      services.demo.resume().catch((error: unknown) => {
        log.error('Mode demo gagal dimulai', error);
      });
      await setupUpdates({ dataDir, events: services.events, packaged: app.isPackaged });
    })
    .catch((error: unknown) => {
      log.error('Aplikasi gagal dimulai', error);
      app.exit(1);
    });

  // One window is the whole app: closing it ends the app on every platform.
  app.on('window-all-closed', () => {
    app.quit();
  });

  app.on('will-quit', (event) => {
    if (services === undefined) return;
    const closing = services;
    services = undefined;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => {
        log.error('Layanan tidak tertutup dengan rapi', error);
      })
      .finally(() => {
        app.quit();
      });
  });
}
