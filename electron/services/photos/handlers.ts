// The evidence calls of the contract, over the photo importer. Electron main passes a picker (its
// file dialog, several files at once); the web host passes none, and `pickPhotos` then says to
// use the photo inbox folder.
import { Failure, isFailure } from '../../../common/contract';
import type { Handlers } from '../../../common/contract/define';
import type { evidenceCalls, ImportedPhoto, PhotoRefusal } from '../../../common/contract/evidence';
import type { Vault } from '../vault/vault';
import { importPhoto } from './importer';
import { PhotoInbox } from './inbox';
import { photoMessages } from './messages';
import { readPhotoFile } from './photo-file';

/** A chosen file: where it is, and the name to show people. */
export interface PickedFile {
  readonly path: string;
  readonly fileName: string;
}

/** Shows the host's open dialog for photos; resolves undefined when the person cancels. */
export type PhotoPicker = () => Promise<readonly PickedFile[] | undefined>;

export interface EvidenceServiceOptions {
  readonly vault: Vault;
  readonly inboxDir: string;
  readonly pickPhotos?: PhotoPicker;
}

export function createEvidenceHandlers(options: EvidenceServiceOptions): Handlers<typeof evidenceCalls> {
  const inbox = new PhotoInbox(options.inboxDir);
  return {
    'evidence.pickPhotos': async () => {
      if (options.pickPhotos === undefined) throw new Failure('photo_picker_unavailable', photoMessages.pickerUnavailable(options.inboxDir));
      const picked = await options.pickPhotos();
      if (picked === undefined || picked.length === 0) return { status: 'cancelled' };
      const photos: ImportedPhoto[] = [];
      const refused: PhotoRefusal[] = [];
      // One at a time: photos are large, and the vault writes serially anyway.
      for (const file of picked) {
        try {
          photos.push(await importPhoto(options.vault, await readPhotoFile(file.path, file.fileName, { noFollow: false })));
        } catch (error) {
          if (!isFailure(error)) throw error;
          refused.push({ fileName: file.fileName, code: error.code, message: error.message });
        }
      }
      return { status: 'picked', photos, refused };
    },
    'evidence.listPhotoInbox': async () => ({ folder: inbox.dir, entries: await inbox.list() }),
    'evidence.importPhotoFromInbox': async ({ name }) => importPhoto(options.vault, await inbox.read(name)),
  };
}
