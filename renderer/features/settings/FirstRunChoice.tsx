// On a device nobody has set up yet (no profile saved, not signed in to a server), the inbox's
// empty state offers the two ways in at once: demo mode with one click, or the real setup. The
// routes are not redirected (the app is usable before the first run); the choice is simply where
// a new person looks first. Once either way is taken it is gone; the demo leaves its notice here.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { useConnection } from './connection';
import { DemoChoice, DemoReadyNotice } from './DemoChoice';
import type { DemoReady } from './demo-setup';
import { settingsPaths } from './paths';
import { useSettings } from './use-settings';

const text = t.settings.firstRun.choose;

export function FirstRunChoice() {
  const settings = useSettings();
  const status = useConnection((c) => c.status);
  const [ready, setReady] = useState<DemoReady>();
  if (ready !== undefined) return <DemoReadyNotice ready={ready} />;
  const blank = settings.status === 'ready' && settings.profile === undefined && status !== undefined && status.user === null;
  if (!blank) return null;
  return (
    <Paper component="section" variant="outlined" aria-labelledby="first-run-choice" sx={{ p: 2.5, display: 'grid', gap: 2 }}>
      <Typography id="first-run-choice" variant="h3" component="h2">{text.firstTitle}</Typography>
      <Typography>{text.firstBody}</Typography>
      <DemoChoice onDemoReady={setReady} heading="h3" />
      <Paper component="section" variant="outlined" aria-labelledby="first-run-real" sx={{ p: 2, display: 'grid', gap: 1.5, justifyItems: 'start' }}>
        <Typography id="first-run-real" variant="h3" component="h3">{text.realTitle}</Typography>
        <Typography>{text.realBody}</Typography>
        <Box>
          <Button variant="contained" href={hrefTo(settingsPaths.firstRun)}>{text.realLink}</Button>
        </Box>
      </Paper>
    </Paper>
  );
}
