// Demo mode on the first run, beside the real setup: one click as the demo verifier or the demo
// supervisor, and main prepares everything on this computer (see demo-setup.ts). The demo's
// accounts and password are shown once it is ready: they are demo values, printed in the README
// too, and guard nothing outside this computer.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { t } from '../../i18n';
import { useConnection } from './connection';
import { startDemoAs, type DemoReady, type DemoRole } from './demo-setup';
import { SettingsGate } from './SettingsGate';

const text = t.settings.firstRun.choose;

type DemoState = { readonly phase: 'idle' } | { readonly phase: 'starting' } | { readonly phase: 'failed'; readonly message: string };

export function DemoChoice({ onDemoReady }: { readonly onDemoReady: (ready: DemoReady) => void }) {
  const [demo, setDemo] = useState<DemoState>({ phase: 'idle' });
  const busy = demo.phase === 'starting';
  return (
    <SettingsGate>
      {(settings) => {
        const start = (role: DemoRole): void => {
          setDemo({ phase: 'starting' });
          startDemoAs(settings.db, role).then(
            (ready) => {
              useConnection.getState().set(ready.status);
              onDemoReady(ready);
            },
            (error: unknown) => {
              setDemo({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
            },
          );
        };
        return (
          <Paper component="section" variant="outlined" aria-labelledby="demo-choice" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
            <Typography id="demo-choice" variant="h3" component="h2">{text.demoTitle}</Typography>
            <Typography>{text.demoBody}</Typography>
            <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
              <Button variant="outlined" disabled={busy} onClick={() => { start('verifier'); }}>{text.asVerifier}</Button>
              <Button variant="outlined" disabled={busy} onClick={() => { start('supervisor'); }}>{text.asSupervisor}</Button>
            </Box>
            {busy && (
              <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
                <CircularProgress size={20} aria-hidden />
                <Typography>{text.starting}</Typography>
              </Box>
            )}
            {demo.phase === 'failed' && <Alert severity="error" role="alert">{text.failed} {demo.message}</Alert>}
          </Paper>
        );
      }}
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
