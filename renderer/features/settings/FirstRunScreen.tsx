// First run: two ways in. Setting up for work: the profile (required), the server (optional: the
// app works offline), a certificate (only signers need one) and the letter-number pattern — the
// same forms as the settings screen, one step at a time. Or demo mode (DemoChoice, above the
// steps), which does all of that for a demo person at once on a local demo server.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { workspacePaths } from '../../app/paths';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { CertificatesSection } from './CertificatesSection';
import type { DemoReady } from './demo-setup';
import { useConnection } from './connection';
import { LetterNumberForm } from './LetterNumberForm';
import { ProfileForm } from './ProfileForm';
import { ServerForm } from './ServerForm';
import { SettingsGate } from './SettingsGate';
import { DemoChoice, DemoReadyNotice } from './DemoChoice';
import { settingsPaths } from './paths';

const text = t.settings.firstRun;
const steps = text.steps;

function Done() {
  return (
    <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
      <Alert severity="success" role="status">{text.done}</Alert>
      <Typography>{text.whereNext}</Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="contained" href={hrefTo(workspacePaths.inbox)}>{text.toInbox}</Button>
        <Button variant="outlined" href={hrefTo(settingsPaths.settings)}>{t.settings.title}</Button>
      </Box>
    </Box>
  );
}

export function FirstRunScreen() {
  const [demo, setDemo] = useState<DemoReady>();
  if (demo === undefined) return <SetupSteps onDemoReady={setDemo} />;
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Typography variant="h2" component="h1">{text.title}</Typography>
      <Paper component="section" aria-label={t.settings.firstRun.choose.demoTitle} sx={{ p: 2.5, display: 'grid', gap: 2 }}>
        <DemoReadyNotice ready={demo} />
        <Done />
      </Paper>
    </Box>
  );
}

function SetupSteps({ onDemoReady }: { readonly onDemoReady: (ready: DemoReady) => void }) {
  const [step, setStep] = useState(0);
  const signedIn = useConnection((c) => c.status?.user != null);
  const next = (): void => {
    setStep((s) => s + 1);
  };
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Typography variant="h2" component="h1">{text.title}</Typography>
      <Typography>{text.intro}</Typography>
      <DemoChoice onDemoReady={onDemoReady} />
      <Typography variant="h3" component="h2">{text.choose.realTitle}</Typography>
      <Stepper activeStep={step} alternativeLabel aria-label={text.title}>
        {steps.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <SettingsGate>
        {(settings) => (
          <Paper component="section" aria-labelledby="step-title" sx={{ p: 2.5, display: 'grid', gap: 2 }}>
            <Box>
              {step < steps.length && <Typography variant="body2" color="text.secondary">{text.stepOf(step + 1, steps.length)}</Typography>}
              <Typography id="step-title" variant="h3" component="h2">{steps[step] ?? text.finished}</Typography>
            </Box>
            {step === 0 && <ProfileForm db={settings.db} profile={settings.profile} onSaved={next} />}
            {step === 1 && (
              <>
                <ServerForm onSignedIn={next} />
                <Box><Button onClick={next}>{signedIn ? text.next : text.skip}</Button></Box>
              </>
            )}
            {step === 2 && (
              <>
                <Typography color="text.secondary">{text.certificateHint}</Typography>
                <CertificatesSection />
                <Box><Button onClick={next}>{text.next}</Button></Box>
              </>
            )}
            {step === 3 && <LetterNumberForm db={settings.db} stored={settings.letterNumber} onSaved={next} />}
            {step >= steps.length && <Done />}
            {step > 0 && step < steps.length && (
              <Box><Button onClick={() => { setStep((s) => s - 1); }}>{text.back}</Button></Box>
            )}
          </Paper>
        )}
      </SettingsGate>
    </Box>
  );
}
