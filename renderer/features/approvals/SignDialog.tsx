// Approving and signing: the certificate (from those imported on this device and valid today)
// and its passphrase. The passphrase lives only in this form's state — never in a store, never
// logged — and the form is unmounted when the dialog closes, so it is gone with it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { certificateLines, isCertificateCurrent, settingsPaths } from '../settings';
import type { ActionResult } from './actions';

const text = t.approvals.sign;

interface SignFormProps {
  readonly signOnly: boolean;
  readonly onClose: () => void;
  readonly onSign: (certificateId: string, passphrase: string) => Promise<ActionResult>;
}

function SignForm({ signOnly, onClose, onSign }: SignFormProps) {
  const list = useCall('signing.listCertificates', {});
  const now = new Date();
  const usable = list.status === 'ok' ? list.value.filter((c) => isCertificateCurrent(c, now)) : [];
  const [chosen, setChosen] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const certificateId = chosen ?? (usable.length === 1 ? usable[0]?.id : undefined);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (certificateId === undefined || passphrase === '') return;
    setBusy(true);
    setError(undefined);
    void onSign(certificateId, passphrase).then((result) => {
      setBusy(false);
      if (!result.ok) setError(result.message);
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="sign-title">{signOnly ? text.titleSignOnly : text.title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{text.intro}</DialogContentText>
        {list.status === 'loading' && <Loading />}
        {list.status === 'error' && <ErrorNotice title={text.listFailed} error={list.error} onRetry={list.retry} />}
        {list.status === 'ok' && usable.length === 0 && (
          <Alert severity="warning" action={<Button color="inherit" href={hrefTo(settingsPaths.settings)}>{text.toSettings}</Button>}>
            {text.noCertificates}
          </Alert>
        )}
        {usable.length > 0 && (
          <FormControl>
            <FormLabel id="sign-certificate">{text.certificate}</FormLabel>
            <RadioGroup aria-labelledby="sign-certificate" value={certificateId ?? ''} onChange={(e) => { setChosen(e.target.value); }}>
              {usable.map((c) => (
                <FormControlLabel key={c.id} value={c.id} control={<Radio />} label={`${c.subjectName} — ${certificateLines(c, now).join(' · ')}`} sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }} />
              ))}
            </RadioGroup>
          </FormControl>
        )}
        <TextField
          label={text.passphrase}
          type="password"
          value={passphrase}
          required
          autoComplete="off"
          helperText={text.passphraseHelp}
          autoFocus
          onChange={(e) => { setPassphrase(e.target.value); }}
        />
        {error !== undefined && <Alert severity="error" role="alert">{text.failed} {error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{text.cancel}</Button>
        <Button type="submit" variant="contained" disabled={busy || certificateId === undefined || passphrase === ''}>
          {busy ? text.signing : text.submit}
        </Button>
      </DialogActions>
    </form>
  );
}

export function SignDialog(props: SignFormProps & { readonly open: boolean }) {
  const { open, ...form } = props;
  return (
    <Dialog open={open} onClose={form.onClose} aria-labelledby="sign-title" fullWidth maxWidth="sm">
      {open && <SignForm {...form} />}
    </Dialog>
  );
}
