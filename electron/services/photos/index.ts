// Site photos as evidence: checked by content, time and place from EXIF, stored in the vault.
export { createEvidenceHandlers, type EvidenceServiceOptions, type PhotoPicker, type PickedFile } from './handlers';
export { photoInboxFor } from './inbox';
export { MAX_PHOTO_BYTES } from './photo-file';
