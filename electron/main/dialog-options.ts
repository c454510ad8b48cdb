// What the open dialogs ask, as data (testable without Electron). Only main shows dialogs: the
// renderer never names a path, it asks a service, and the service asks the person through these.
import type { OpenDialogOptions } from 'electron';
import type { PacketPicker } from '../services/packets/handlers';
import type { FileChooserRequest } from '../services/signing';

export function fileDialogOptions(request: FileChooserRequest): OpenDialogOptions {
  return {
    title: request.title,
    filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    properties: ['openFile', 'dontAddToRecent'],
  };
}

export function packetDialogOptions(kind: Parameters<PacketPicker>[0]): OpenDialogOptions {
  return kind === 'zip'
    ? {
        title: 'Pilih berkas paket permohonan (.zip)',
        filters: [{ name: 'Paket permohonan', extensions: ['zip'] }],
        properties: ['openFile', 'dontAddToRecent'],
      }
    : { title: 'Pilih folder paket permohonan', properties: ['openDirectory', 'dontAddToRecent'] };
}

/** Site photos: several at once (a site check yields a series), JPEG or PNG as cameras and phones write them. */
export function photoDialogOptions(): OpenDialogOptions {
  return {
    title: 'Pilih foto lokasi',
    filters: [{ name: 'Foto (JPEG, PNG)', extensions: ['jpg', 'jpeg', 'png', 'JPG', 'JPEG', 'PNG'] }],
    properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
  };
}
