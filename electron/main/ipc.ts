// The contract over Electron IPC: one `rpc:<call>` channel per call in the table, answered only
// for the app's own main frame; events from the service bus go to the main window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { calls, dispatch, electronWire, transportMessages, type Result } from '../../common/contract';
import type { AppServices } from '../services/app-services';
import { log } from './log';
import { isTrustedSender } from './security-policy';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden_sender', message: transportMessages.forbiddenSender },
};

function senderFrameOf(event: IpcMainInvokeEvent): { url: string; isMainFrame: boolean } | null {
  const frame = event.senderFrame;
  if (frame === null) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

export function setupIpc(services: AppServices): void {
  for (const name of Object.keys(calls)) {
    ipcMain.handle(electronWire.rpcChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(senderFrameOf(event))) {
        log.warn(`Panggilan ${name} ditolak: pengirim bukan jendela aplikasi`);
        return forbidden;
      }
      return dispatch(calls, services.handlers, name, input, {
        // The call name and the error only; the input may hold personal data.
        onInternalError: (call, error) => {
          log.error(`Kesalahan tak terduga pada ${call}`, error);
        },
      });
    });
  }
}

/** Forwards every bus event to the window while it lives; returns the unsubscribe function. */
export function forwardEvents(services: AppServices, window: BrowserWindow): () => void {
  const unsubscribe = services.events.subscribe((name, payload) => {
    if (window.isDestroyed()) return;
    window.webContents.send(electronWire.eventChannel(name), payload);
  });
  window.on('closed', unsubscribe);
  return unsubscribe;
}
