// The photo inbox: a folder (by default `<dataDir>/photos-inbox`) where a person drops site photos
// when the host has no file dialog (the web host), like the packet and certificate inboxes. The
// renderer may only name one of its direct entries: a plain name with a photo extension that
// appears in the listing as it is; the file is then opened without following links.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Failure } from '../../../common/contract';
import type { PhotoInboxEntry } from '../../../common/contract/evidence';
import { photoMessages } from './messages';
import { readPhotoFile, type PhotoFile } from './photo-file';

// Listing by extension only decides what is offered; the content is what is checked on import.
const PHOTO_FILE = /\.(jpe?g|png)$/i;

/** The default folder under the app's data directory. */
export const photoInboxFor = (dataDir: string): string => join(dataDir, 'photos-inbox');

// One path segment, no hidden files, no control characters.
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('.')) return false;
  if (name.includes('/') || name.includes('\\')) return false;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return PHOTO_FILE.test(name);
}

export class PhotoInbox {
  constructor(readonly dir: string) {}

  /** The photos waiting in the folder, by name; creates the folder on first use. */
  async list(): Promise<PhotoInboxEntry[]> {
    const entries: PhotoInboxEntry[] = [];
    for (const name of await this.#names()) {
      const stat = await fsp.lstat(join(this.dir, name)).catch(() => undefined);
      if (stat?.isFile() === true) entries.push({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() });
    }
    return entries;
  }

  /** The bytes of the entry called `name`, or a refusal that names the file and the folder. */
  async read(name: string): Promise<PhotoFile> {
    const unknown = new Failure('photo_inbox_unknown', photoMessages.inboxUnknown(name, this.dir));
    if (!(await this.#names()).includes(name)) throw unknown;
    // A link or a folder with a photo's name is not one of the inbox's photos; the open below
    // refuses links again, in case the entry is swapped in between.
    const stat = await fsp.lstat(join(this.dir, name)).catch(() => undefined);
    if (stat?.isFile() !== true) throw unknown;
    return readPhotoFile(join(this.dir, name), name, { noFollow: true });
  }

  async #names(): Promise<string[]> {
    try {
      await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
      return (await fsp.readdir(this.dir)).filter(isPlainName).sort((a, b) => a.localeCompare(b, 'id'));
    } catch {
      throw new Failure('photo_inbox_io', photoMessages.inboxFolder(this.dir));
    }
  }
}
