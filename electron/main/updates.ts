// Updates from a generic feed (latest.yml + installers on any HTTPS server) whose URL the
// installation's settings.json names. No URL, no check: an offline office is the normal case.
import { autoUpdater } from 'electron-updater';
import type { Events } from '../../common/contract';
import type { EventBus } from '../services/event-bus';
import { log } from './log';
import { readSettings } from './settings';

export interface UpdateOptions {
  readonly dataDir: string;
  readonly events: EventBus<Events>;
  /** Only an installed (packaged) app can update itself. */
  readonly packaged: boolean;
}

export async function setupUpdates(opts: UpdateOptions): Promise<void> {
  if (!opts.packaged) return;
  const read = await readSettings(opts.dataDir);
  if (!read.ok) {
    log.warn(read.message);
    return;
  }
  const url = read.settings.updateFeedUrl;
  if (url === undefined) {
    log.info('Tidak ada alamat pembaruan di settings.json; pemeriksaan pembaruan dilewati.');
    return;
  }
  autoUpdater.logger = log;
  autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.on('update-downloaded', (info) => {
    opts.events.emit('app.updateReady', { version: info.version });
  });
  try {
    await autoUpdater.checkForUpdates();
  } catch (error) {
    // No connection is expected on a site visit; the next start tries again.
    log.warn('Pemeriksaan pembaruan gagal', error);
  }
}
