// Electron's open dialog behind the services' small chooser interfaces. Modal to the main window
// when there is one; a cancelled dialog answers undefined.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { basename } from 'node:path';
import type { PacketPicker } from '../services/packets/handlers';
import type { PhotoPicker } from '../services/photos';
import type { FileChooser } from '../services/signing';
import { fileDialogOptions, packetDialogOptions, photoDialogOptions } from './dialog-options';

type WindowSource = () => BrowserWindow | undefined;

async function chooseMany(window: BrowserWindow | undefined, options: OpenDialogOptions): Promise<string[] | undefined> {
  const result = window === undefined || window.isDestroyed() ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  return result.canceled ? undefined : result.filePaths;
}

async function choose(window: BrowserWindow | undefined, options: OpenDialogOptions): Promise<string | undefined> {
  return (await chooseMany(window, options))?.[0];
}

export const fileChooser =
  (window: WindowSource): FileChooser =>
  (request) =>
    choose(window(), fileDialogOptions(request));

export const packetPicker =
  (window: WindowSource): PacketPicker =>
  (kind) =>
    choose(window(), packetDialogOptions(kind));

export const photoPicker =
  (window: WindowSource): PhotoPicker =>
  async () =>
    (await chooseMany(window(), photoDialogOptions()))?.map((path) => ({ path, fileName: basename(path) }));
