// The person on this device: name, NIP, position and role. Checked field by field with the same
// schema the settings database applies before it stores anything.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import { profileRoles, profileSchema, saveProfile, type Profile, type ProfileInput, type SettingsDb } from '../../db/settings';
import { t } from '../../i18n';
import { fieldErrors } from './form-errors';
import { SaveOutcome, useSaveOutcome } from './SaveOutcome';

const text = t.settings.profile;
const fields = ['name', 'nip', 'position', 'role'] as const;
const blank: ProfileInput = { name: '', nip: '', position: '', role: 'verifier' };

export function ProfileForm({ db, profile, onSaved }: { readonly db: SettingsDb; readonly profile: Profile | undefined; readonly onSaved?: () => void }) {
  const [values, setValues] = useState<ProfileInput>(profile ?? blank);
  const [tried, setTried] = useState(false);
  const outcome = useSaveOutcome();
  const parsed = profileSchema.safeParse(values);
  const errors = tried ? fieldErrors(parsed.success ? undefined : parsed.error, fields) : {};
  const change = (patch: Partial<ProfileInput>): void => {
    setValues((v) => ({ ...v, ...patch }));
    outcome.reset();
  };

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setTried(true);
    if (!parsed.success) return;
    void outcome.run(() => saveProfile(db, values)).then((ok) => {
      if (ok) onSaved?.();
    });
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={text.title} sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
      <TextField label={text.name} value={values.name} required error={errors.name !== undefined} helperText={errors.name} autoComplete="name"
        onChange={(e) => { change({ name: e.target.value }); }} />
      <TextField label={text.nip} value={values.nip} required error={errors.nip !== undefined} helperText={errors.nip ?? text.nipHelp}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 21 } }} onChange={(e) => { change({ nip: e.target.value }); }} />
      <TextField label={text.position} value={values.position} required error={errors.position !== undefined} helperText={errors.position}
        onChange={(e) => { change({ position: e.target.value }); }} />
      <FormControl error={errors.role !== undefined}>
        <FormLabel id="profile-role">{text.role}</FormLabel>
        <RadioGroup aria-labelledby="profile-role" value={values.role} onChange={(e) => { change({ role: e.target.value as Profile['role'] }); }}>
          {profileRoles.map((role) => (
            <FormControlLabel key={role} value={role} control={<Radio />} label={text.roles[role]} />
          ))}
        </RadioGroup>
      </FormControl>
      {tried && !parsed.success && <Alert severity="error" role="alert">{t.settings.saveFailed} {[...new Set(parsed.error.issues.map((i) => i.message))].join('; ')}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={outcome.state.status === 'saving'}>
          {outcome.state.status === 'saving' ? t.settings.saving : t.settings.save}
        </Button>
        <SaveOutcome state={outcome.state} />
      </Box>
    </Box>
  );
}
