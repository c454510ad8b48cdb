// Demo mode on the first run, beside the real setup: one click as the demo verifier or the demo
// supervisor, and main prepares everything on this computer (see demo-setup.ts). The demo's
// accounts and password are shown once it is ready: they are demo values, printed in the README
// too, and guard nothing outside this computer. The demo takes over this device's profile and
// sign-in, so where they are someone's own (not the demo's) the person is asked first.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SettingsDb } from '../../db/settings';
import { t } from '../../i18n';
import { useConnection } from './connection';
import { demoWouldReplace, startDemoAs, type DemoReady, type DemoRole } from './demo-setup';
import { SettingsGate } from './SettingsGate';

const text = t.settings.firstRun.choose;

type DemoState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking' }
  | { readonly phase: 'confirming'; readonly role: DemoRole }
  | { readonly phase: 'starting' }
  | { readonly phase: 'failed'; readonly message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function ConfirmDialog({ role, onCancel, onConfirm }: { readonly role: DemoRole | undefined; readonly onCancel: () => void; readonly onConfirm: () => void }) {
  return (
    <Dialog open={role !== undefined} onClose={onCancel} aria-labelledby="demo-confirm-title" aria-describedby="demo-confirm-body">
      <DialogTitle id="demo-confirm-title">{text.confirmTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText id="demo-confirm-body">{role === undefined ? '' : text.confirmBody(text.people[role])}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{text.cancel}</Button>
        <Button color="warning" variant="contained" onClick={onConfirm}>{text.confirm}</Button>
      </DialogActions>
    </Dialog>
  );
}

function DemoButtons({ db, onDemoReady }: { readonly db: SettingsDb; readonly onDemoReady: (ready: DemoReady) => void }) {
  const [demo, setDemo] = useState<DemoState>({ phase: 'idle' });
  const busy = demo.phase === 'checking' || demo.phase === 'starting';
  const start = (role: DemoRole): void => {
    setDemo({ phase: 'starting' });
    startDemoAs(db, role).then(
      (ready) => {
        useConnection.getState().set(ready.status);
        onDemoReady(ready);
      },
      (error: unknown) => {
        setDemo({ phase: 'failed', message: messageOf(error) });
      },
    );
  };
  // Asked at the click, not when the screen opened: a profile or sign-in may have come since.
  const choose = (role: DemoRole): void => {
    setDemo({ phase: 'checking' });
    demoWouldReplace(db).then(
      (replaces) => {
        if (replaces) setDemo({ phase: 'confirming', role });
        else start(role);
      },
      (error: unknown) => {
        setDemo({ phase: 'failed', message: messageOf(error) });
      },
    );
  };
  return (
    <>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="outlined" disabled={busy} onClick={() => { choose('verifier'); }}>{text.asVerifier}</Button>
        <Button variant="outlined" disabled={busy} onClick={() => { choose('supervisor'); }}>{text.asSupervisor}</Button>
      </Box>
      {busy && (
        <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
          <CircularProgress size={20} aria-hidden />
          <Typography>{demo.phase === 'checking' ? text.checking : text.starting}</Typography>
        </Box>
      )}
      {demo.phase === 'failed' && <Alert severity="error" role="alert">{text.failed} {demo.message}</Alert>}
      <ConfirmDialog
        role={demo.phase === 'confirming' ? demo.role : undefined}
        onCancel={() => { setDemo({ phase: 'idle' }); }}
        onConfirm={() => { if (demo.phase === 'confirming') start(demo.role); }}
      />
    </>
  );
}

export function DemoChoice({ onDemoReady, heading = 'h2' }: { readonly onDemoReady: (ready: DemoReady) => void; readonly heading?: 'h2' | 'h3' }) {
  return (
    <SettingsGate>
      {(settings) => (
        <Paper component="section" variant="outlined" aria-labelledby="demo-choice" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
          <Typography id="demo-choice" variant="h3" component={heading}>{text.demoTitle}</Typography>
          <Typography>{text.demoBody}</Typography>
          <DemoButtons db={settings.db} onDemoReady={onDemoReady} />
        </Paper>
      )}
    </SettingsGate>
  );
}

/** What demo mode set up, shown above the first run's closing step. */
export function DemoReadyNotice({ ready }: { readonly ready: DemoReady }) {
  return (
    <Alert severity="info" sx={{ overflowWrap: 'anywhere' }}>
      <Typography sx={{ fontWeight: 600 }}>{text.ready(ready.name, ready.username)}</Typography>
      <Typography variant="body2">{text.accounts(ready.serverUrl, ready.usernames.join(', '), ready.password)}</Typography>
    </Alert>
  );
}
