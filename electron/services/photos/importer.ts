// One photo from disk into the vault: recognised by its content (JPEG or PNG, with a frame header
// giving its size), its time and place read from EXIF, stored under its SHA-256 and checked to
// have been stored as those very bytes. The vault keeps the file exactly as the camera wrote it —
// EXIF included — so the Berita Acara's appendix and any later check see the original.
import { createHash } from 'node:crypto';
import { Failure } from '../../../common/contract';
import type { ImportedPhoto } from '../../../common/contract/evidence';
import { sniffMediaType, SNIFF_BYTES } from '../vault/media-types';
import type { Vault } from '../vault/vault';
import { imageSize } from './image-size';
import { photoMessages } from './messages';
import { readPhotoMetadata } from './metadata';
import type { PhotoFile } from './photo-file';

export async function importPhoto(vault: Vault, file: PhotoFile): Promise<ImportedPhoto> {
  const { fileName, bytes } = file;
  if (bytes.length === 0) throw new Failure('photo_not_image', photoMessages.empty(fileName));
  const mediaType = sniffMediaType(bytes.subarray(0, SNIFF_BYTES));
  if (mediaType !== 'image/jpeg' && mediaType !== 'image/png') throw new Failure('photo_not_image', photoMessages.notImage(fileName));
  const size = imageSize(bytes, mediaType);
  if (size === undefined) throw new Failure('photo_damaged', photoMessages.damaged(fileName));
  const metadata = await readPhotoMetadata(bytes);
  const expected = createHash('sha256').update(bytes).digest('hex');
  // The vault hashes what it writes and refuses to keep anything that does not hash to `expected`.
  const stored = await vault.put(bytes, { mediaType, expectedSha256: expected });
  return { sha256: stored.sha256, fileName, mediaType, sizeBytes: bytes.length, ...size, ...metadata };
}
