// Importing a certificate: main shows its own file dialog and hands back a token (the renderer
// never names a path nor carries the bytes), then the passphrase proves the file is the
// person's. The passphrase lives only in this dialog's state and is gone when it closes.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import type { CertificateSummary } from '../../../common/contract/signing';
import { t } from '../../i18n';
import { api } from '../../platform/api';

const text = t.settings.certificates;

export interface ChosenFile {
  readonly token: string;
  readonly fileName: string;
}

function PassphraseForm({ file, onClose, onImported }: { readonly file: ChosenFile; readonly onClose: () => void; readonly onImported: (c: CertificateSummary) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    void api.call('signing.importCertificate', { token: file.token, passphrase }).then((answer) => {
      setBusy(false);
      if (answer.ok) onImported(answer.value);
      else setError(answer.error.message);
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="import-title">{text.importTitle(file.fileName)}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{text.importIntro}</DialogContentText>
        <TextField
          label={text.passphrase}
          type="password"
          value={passphrase}
          autoFocus
          required
          autoComplete="off"
          onChange={(e) => { setPassphrase(e.target.value); }}
        />
        {error !== undefined && (
          <Alert severity="error" role="alert">
            {text.importFailed} {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{text.cancel}</Button>
        <Button type="submit" variant="contained" disabled={busy || passphrase === ''}>
          {busy ? text.importing : text.import}
        </Button>
      </DialogActions>
    </form>
  );
}

/** The dialog is mounted only while a file is chosen, so the passphrase never outlives it. */
export function CertificateImportDialog(props: { readonly file: ChosenFile | undefined; readonly onClose: () => void; readonly onImported: (c: CertificateSummary) => void }) {
  return (
    <Dialog open={props.file !== undefined} onClose={props.onClose} aria-labelledby="import-title" fullWidth maxWidth="sm">
      {props.file !== undefined && <PassphraseForm file={props.file} onClose={props.onClose} onImported={props.onImported} />}
    </Dialog>
  );
}
