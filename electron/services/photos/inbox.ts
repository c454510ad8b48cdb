// The photo inbox: a folder (by default `<dataDir>/photos-inbox`) where a person drops site photos
// when the host has no file dialog (the web host), like the packet and certificate inboxes. The
// renderer may only name one of its direct entries: a plain name with a photo extension that
// appears in the listing as it is; the file is then opened without following links.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Failure } from '../../../common/contract';
import type { PhotoInboxEntry } from '../../../common/contract/evidence';
import { NamedFileFolder } from '../inbox/named-files';
import { photoMessages } from './messages';
import { readPhotoFile, type PhotoFile } from './photo-file';

// Listing by extension only decides what is offered; the content is what is checked on import.
const PHOTO_FILE = /\.(jpe?g|png)$/i;

/** The default folder under the app's data directory. */
export const photoInboxFor = (dataDir: string): string => join(dataDir, 'photos-inbox');

export class PhotoInbox {
  readonly #folder: NamedFileFolder;

  constructor(readonly dir: string) {
    this.#folder = new NamedFileFolder(dir, PHOTO_FILE, () => new Failure('photo_inbox_io', photoMessages.inboxFolder(dir)));
  }

  /** The photos waiting in the folder, by name; creates the folder on first use. */
  async list(): Promise<PhotoInboxEntry[]> {
    return (await this.#folder.files()).map(({ name, stat }) => ({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() }));
  }

  /** The bytes of the entry called `name`, or a refusal that names the file and the folder. */
  async read(name: string): Promise<PhotoFile> {
    const unknown = new Failure('photo_inbox_unknown', photoMessages.inboxUnknown(name, this.dir));
    if (!(await this.#folder.names()).includes(name)) throw unknown;
    // A link or a folder with a photo's name is not one of the inbox's photos; the open below
    // refuses links again, in case the entry is swapped in between.
    const stat = await fsp.lstat(join(this.dir, name)).catch(() => undefined);
    if (stat?.isFile() !== true) throw unknown;
    return readPhotoFile(join(this.dir, name), name, { noFollow: true });
  }
}
