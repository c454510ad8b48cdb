// Reading one photo file from disk, within the size limit. The file is opened first and checked
// through the open handle (a regular file, not too big), then read to at most one byte past the
// limit, so a file that grows or is swapped after the check is refused rather than read whole.
import { constants, promises as fsp } from 'node:fs';
import { Failure } from '../../../common/contract';
import { readAtMost } from '../inbox/named-files';
import { photoMessages } from './messages';

/** Phone cameras write 2–12 MB; 25 MiB leaves room for high-resolution cameras and refuses videos and archives. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

export interface PhotoFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ReadPhotoOptions {
  /** Refuse a symbolic link (the inbox, where the renderer named the file). */
  readonly noFollow: boolean;
  readonly maxBytes?: number;
}

const tooLarge = (name: string, limit: number): Failure => new Failure('photo_too_large', photoMessages.tooLarge(name, Math.floor(limit / (1024 * 1024))));

/** The bytes of the file at `path`, shown to people as `fileName`; a Failure in Indonesian otherwise. */
export async function readPhotoFile(path: string, fileName: string, options: ReadPhotoOptions): Promise<PhotoFile> {
  const limit = options.maxBytes ?? MAX_PHOTO_BYTES;
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, constants.O_RDONLY | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch {
    throw new Failure('photo_unreadable', photoMessages.unreadable(fileName));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Failure('photo_unreadable', photoMessages.unreadable(fileName));
    if (stat.size > limit) throw tooLarge(fileName, limit);
    return { fileName, bytes: await readAtMost(handle, limit, () => tooLarge(fileName, limit)) };
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure('photo_unreadable', photoMessages.unreadable(fileName));
  } finally {
    await handle.close();
  }
}
