// The Dinas server and the sign-in. Main keeps the address and an encrypted session token; the
// password is sent once with `sync.signIn` and dropped from this form whatever the answer.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type SyntheticEvent } from 'react';
import { roleLabels } from '../../../common/domain';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { useConnection } from './connection';

const text = t.settings.server;

function SignedIn({ onSignedOut }: { readonly onSignedOut?: () => void }) {
  const status = useConnection((s) => s.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const user = status?.user;
  if (user === null || user === undefined) return null;
  const signOut = (): void => {
    setBusy(true);
    void api.call('sync.signOut', {}).then((answer) => {
      setBusy(false);
      if (!answer.ok) {
        setError(answer.error.message);
        return;
      }
      useConnection.getState().set(answer.value);
      onSignedOut?.();
    });
  };
  const role = user.role === 'licensing_office' ? text.licensingOffice : roleLabels[user.role];
  return (
    <Box sx={{ display: 'grid', gap: 1.5, justifyItems: 'start' }}>
      <Alert severity="success" sx={{ overflowWrap: 'anywhere' }}>
        {text.signedIn(user.displayName, user.username, status?.serverUrl ?? '')} {text.role(role)}
      </Alert>
      {error !== undefined && <Alert severity="error" role="alert">{text.signOutFailed} {error}</Alert>}
      <Button variant="outlined" disabled={busy} onClick={signOut}>
        {busy ? text.signingOut : text.signOut}
      </Button>
    </Box>
  );
}

export function ServerForm({ onSignedIn }: { readonly onSignedIn?: () => void }) {
  const connection = useConnection();
  const [serverUrl, setServerUrl] = useState(connection.status?.serverUrl ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  if (connection.status?.user != null) return <SignedIn />;

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const sent = password;
    setPassword('');
    void api.call('sync.signIn', { serverUrl, username, password: sent }).then((answer) => {
      setBusy(false);
      if (!answer.ok) {
        setError(answer.error.message);
        return;
      }
      useConnection.getState().set(answer.value);
      onSignedIn?.();
    });
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={text.title} sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
      {connection.unreachable !== undefined && (
        <Alert severity="warning">
          {text.unavailable} {connection.unreachable.message}
        </Alert>
      )}
      <Typography color="text.secondary">{text.signedOut}</Typography>
      <TextField label={text.url} value={serverUrl} required helperText={text.urlHelp} inputMode="url" autoComplete="url"
        onChange={(e) => { setServerUrl(e.target.value); }} />
      <TextField label={text.username} value={username} required autoComplete="username" onChange={(e) => { setUsername(e.target.value); }} />
      <TextField label={text.password} type="password" value={password} required helperText={text.passwordHelp} autoComplete="current-password"
        onChange={(e) => { setPassword(e.target.value); }} />
      {error !== undefined && (
        <Alert severity="error" role="alert">
          {text.failed} {error}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? text.signingIn : text.signIn}
        </Button>
      </Box>
    </Box>
  );
}
