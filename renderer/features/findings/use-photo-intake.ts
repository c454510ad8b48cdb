// Taking site photos in through main: in Electron main's own dialog (several at once), in the web
// host one name from the photo inbox folder at a time. Either way main answers stored photos (and
// in Electron, the files it refused and why); the caller pins the stored ones to the finding.
import { useCallback, useState } from 'react';
import type { ImportedPhoto, PhotoRefusal } from '../../../common/contract/evidence';
import type { Api } from '../../platform/api';

export interface PhotoIntake {
  readonly busy: boolean;
  /** Why the last photos were not taken in, one line per file (or one for the whole call). */
  readonly refusals: readonly PhotoRefusal[];
  readonly pick: () => Promise<void>;
  readonly importFromInbox: (name: string) => Promise<boolean>;
  readonly dismiss: () => void;
}

export function usePhotoIntake(api: Api, onPhotos: (photos: readonly ImportedPhoto[]) => void): PhotoIntake {
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<readonly PhotoRefusal[]>([]);

  const pick = useCallback(async () => {
    setBusy(true);
    setRefusals([]);
    const answer = await api.call('evidence.pickPhotos', {});
    setBusy(false);
    if (!answer.ok) {
      setRefusals([{ fileName: '', ...answer.error }]);
      return;
    }
    if (answer.value.status === 'cancelled') return;
    if (answer.value.photos.length > 0) onPhotos(answer.value.photos);
    setRefusals(answer.value.refused);
  }, [api, onPhotos]);

  const importFromInbox = useCallback(
    async (name: string): Promise<boolean> => {
      setBusy(true);
      setRefusals([]);
      const answer = await api.call('evidence.importPhotoFromInbox', { name });
      setBusy(false);
      if (!answer.ok) {
        setRefusals([{ fileName: name, ...answer.error }]);
        return false;
      }
      onPhotos([answer.value]);
      return true;
    },
    [api, onPhotos],
  );

  const dismiss = useCallback(() => {
    setRefusals([]);
  }, []);

  return { busy, refusals, pick, importFromInbox, dismiss };
}
