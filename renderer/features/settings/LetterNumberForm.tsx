// The letter-number pattern with a live example: every keystroke is checked by the domain's
// schema, each problem stands under its field, and only a usable pattern can be saved.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type SyntheticEvent } from 'react';
import { saveLetterNumberSettings, type LetterNumberSettings, type SettingsDb } from '../../db/settings';
import { t } from '../../i18n';
import { checkLetterNumber, formOf, type LetterNumberField, type LetterNumberForm as Form } from './letter-number';
import { SaveOutcome, useSaveOutcome } from './SaveOutcome';

const text = t.settings.letterNumber;

interface FieldSpec {
  readonly field: LetterNumberField;
  readonly label: string;
  readonly width: string;
  readonly numeric?: boolean;
}

const specs: readonly FieldSpec[] = [
  { field: 'template', label: text.template, width: '1 1 100%' },
  { field: 'classification', label: text.classification, width: '1 1 160px' },
  { field: 'unitCode', label: text.unitCode, width: '1 1 160px' },
  { field: 'sequenceDigits', label: text.sequenceDigits, width: '1 1 200px', numeric: true },
];

export function LetterNumberForm({ db, stored, onSaved }: { readonly db: SettingsDb; readonly stored: LetterNumberSettings | undefined; readonly onSaved?: () => void }) {
  const [form, setForm] = useState<Form>(formOf(stored));
  const outcome = useSaveOutcome();
  const check = checkLetterNumber(form, new Date().getFullYear());
  const errors = check.ok ? {} : check.errors;

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (!check.ok) return;
    void outcome.run(() => saveLetterNumberSettings(db, check.input)).then((ok) => {
      if (ok) onSaved?.();
    });
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={text.title} sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
      {stored === undefined && <Alert severity="info">{text.notSet}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {specs.map((s) => (
          <TextField
            key={s.field}
            label={s.label}
            value={form[s.field]}
            error={errors[s.field] !== undefined}
            helperText={errors[s.field]}
            sx={{ flex: s.width }}
            slotProps={{ htmlInput: s.numeric === true ? { inputMode: 'numeric', 'data-field': s.field } : { spellCheck: false, 'data-field': s.field } }}
            onChange={(e) => {
              setForm((f) => ({ ...f, [s.field]: e.target.value }));
              outcome.reset();
            }}
          />
        ))}
      </Box>
      <Box role="status" aria-live="polite" sx={{ p: 1.5, border: 1, borderColor: check.ok ? 'divider' : 'error.main', borderRadius: 1, bgcolor: 'background.default' }}>
        <Typography variant="body2" color="text.secondary">{text.example}</Typography>
        <Typography data-testid="letter-number-example" sx={{ fontFamily: 'monospace', fontSize: '1.15rem', overflowWrap: 'anywhere' }}>
          {check.ok ? check.example : text.invalid}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={!check.ok || outcome.state.status === 'saving'}>
          {outcome.state.status === 'saving' ? t.settings.saving : t.settings.save}
        </Button>
        <SaveOutcome state={outcome.state} />
      </Box>
    </Box>
  );
}
