// "Tambah foto lokasi": photos come in through main (its dialog in Electron, the photo inbox
// folder in the web host) and are pinned to this finding as they are stored.
import AddAPhotoOutlined from '@mui/icons-material/AddAPhotoOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ImportedPhoto } from '../../../common/contract/evidence';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { PhotoInboxDialog } from './PhotoInboxDialog';
import { usePhotoIntake, type PhotoIntake } from './use-photo-intake';

const text = t.workspace.finding;

function Refusals({ intake }: { readonly intake: PhotoIntake }) {
  if (intake.refusals.length === 0) return null;
  return (
    <Alert severity="error" variant="outlined" role="alert" onClose={intake.dismiss}>
      <AlertTitle>{text.photoRefused}</AlertTitle>
      {intake.refusals.map((r, i) => (
        <Box key={`${r.fileName}-${String(i)}`} sx={{ overflowWrap: 'anywhere' }}>
          {r.message}
        </Box>
      ))}
    </Alert>
  );
}

export function AddPhotos({ api, onPhotos }: { readonly api: Api; readonly onPhotos: (photos: readonly ImportedPhoto[]) => void }) {
  const intake = usePhotoIntake(api, onPhotos);
  const [inboxOpen, setInboxOpen] = useState(false);
  const electron = api.host === 'electron';
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<AddAPhotoOutlined />}
        disabled={intake.busy}
        onClick={() => {
          if (electron) void intake.pick();
          else setInboxOpen(true);
        }}
      >
        {intake.busy ? text.addingPhotos : text.addPhotos}
      </Button>
      {!inboxOpen && <Refusals intake={intake} />}
      {inboxOpen && (
        <PhotoInboxDialog
          api={api}
          busy={intake.busy}
          onChoose={(name) => {
            void intake.importFromInbox(name).then((stored) => {
              if (stored) setInboxOpen(false);
            });
          }}
          onClose={() => {
            intake.dismiss();
            setInboxOpen(false);
          }}
        >
          <Refusals intake={intake} />
        </PhotoInboxDialog>
      )}
    </>
  );
}
