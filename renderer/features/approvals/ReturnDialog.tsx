// Returning a file: the reason is required (the domain refuses a return without one, and its
// message is shown as is).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import { t } from '../../i18n';
import type { ActionResult } from './actions';

const text = t.approvals.returning;

interface ReturnFormProps {
  readonly onClose: () => void;
  readonly onReturn: (reason: string) => Promise<ActionResult>;
}

function ReturnForm({ onClose, onReturn }: ReturnFormProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    void onReturn(reason).then((result) => {
      setBusy(false);
      if (!result.ok) setError(result.message);
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="return-title">{text.title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{text.intro}</DialogContentText>
        <TextField label={text.reason} value={reason} required multiline minRows={4} autoFocus error={error !== undefined}
          onChange={(e) => { setReason(e.target.value); }} />
        {error !== undefined && <Alert severity="error" role="alert">{text.failed} {error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{text.cancel}</Button>
        <Button type="submit" variant="contained" color="warning" disabled={busy}>{busy ? text.returning : text.submit}</Button>
      </DialogActions>
    </form>
  );
}

export function ReturnDialog(props: ReturnFormProps & { readonly open: boolean }) {
  const { open, ...form } = props;
  return (
    <Dialog open={open} onClose={form.onClose} aria-labelledby="return-title" fullWidth maxWidth="sm">
      {open && <ReturnForm {...form} />}
    </Dialog>
  );
}
