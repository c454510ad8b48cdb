// "Data surat": letter numbers for this file (typed, or the next from the configured pattern),
// and the team, officials, letterhead and addressee every document of this office carries. Kept
// as typed; checked when the documents are made.
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { hrefTo } from '../../app/router';
import type { LetterKind } from '../../db/letters';
import { t } from '../../i18n';
import { settingsPaths } from '../settings';
import type { LetterSettings, PersonFields } from './particulars';
import type { Particulars } from './use-particulars';

const text = t.workspace.decision;

interface FormProps {
  readonly particulars: Particulars;
  readonly disabled: boolean;
}

function NumberField({ kind, label, particulars, disabled }: { readonly kind: LetterKind; readonly label: string; readonly particulars: Particulars; readonly disabled: boolean }) {
  const key = kind === 'verification_report' ? 'report' : 'letter';
  const { numbers } = particulars;
  return (
    <Box sx={{ display: 'grid', gap: 0.75, alignContent: 'start' }}>
      <Field label={label} value={numbers[key]} disabled={disabled} onChange={(value) => { particulars.setNumbers({ ...numbers, [key]: value }); }} />
      <Button
        size="small"
        variant="outlined"
        disabled={disabled || particulars.pattern === undefined}
        aria-label={text.nextNumberFor(label)}
        onClick={() => void particulars.issueNumber(kind)}
        sx={{ justifySelf: 'start' }}
      >
        {text.nextNumber}
      </Button>
    </Box>
  );
}

function Field({ label, value, onChange, disabled, multiline = false }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly disabled: boolean; readonly multiline?: boolean }) {
  return <TextField size="small" label={label} value={value} disabled={disabled} multiline={multiline} minRows={multiline ? 2 : undefined} onChange={(e) => { onChange(e.target.value); }} />;
}

function Person({ title, value, onChange, disabled }: { readonly title: string; readonly value: PersonFields; readonly onChange: (p: PersonFields) => void; readonly disabled: boolean }) {
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, p: 1.5, display: 'grid', gap: 1.25 }}>
      <Typography component="legend" variant="body2" sx={{ fontWeight: 600, px: 0.5 }}>
        {title}
      </Typography>
      <Field label={`${text.name} (${title})`} value={value.name} disabled={disabled} onChange={(name) => { onChange({ ...value, name }); }} />
      <Field label={`${text.nip} (${title})`} value={value.nip} disabled={disabled} onChange={(nip) => { onChange({ ...value, nip }); }} />
      <Field label={`${text.position} (${title})`} value={value.position} disabled={disabled} onChange={(position) => { onChange({ ...value, position }); }} />
    </Box>
  );
}

export function ParticularsForm({ particulars, disabled }: FormProps) {
  const { settings } = particulars;
  const set = <K extends keyof LetterSettings>(key: K) => (value: LetterSettings[K]) => {
    particulars.setSettings({ ...settings, [key]: value });
  };
  const [first, second] = settings.team;
  return (
    <Accordion defaultExpanded disableGutters>
      <AccordionSummary expandIcon={<ExpandMore />} aria-controls="particulars-content" id="particulars-header">
        <Typography variant="h3" component="h2">
          {text.particulars}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="particulars-content" sx={{ display: 'grid', gap: 1.5 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 1.5 }}>
          <NumberField kind="verification_report" label={text.reportNumber} particulars={particulars} disabled={disabled} />
          <NumberField kind="recommendation_letter" label={text.letterNumber} particulars={particulars} disabled={disabled} />
        </Box>
        {particulars.loaded && particulars.pattern === undefined && (
          <Typography variant="body2" color="text.secondary">
            {text.noPattern} <Link href={hrefTo(settingsPaths.settings)}>{text.toSettings}</Link>
          </Typography>
        )}
        {particulars.error !== undefined && (
          <Alert severity="error" variant="outlined" role="alert">
            {particulars.error}
          </Alert>
        )}
        <Person title={text.member(1)} value={first} disabled={disabled} onChange={(p) => { set('team')([p, second]); }} />
        <Person title={text.member(2)} value={second} disabled={disabled} onChange={(p) => { set('team')([first, p]); }} />
        <Person title={text.acknowledgedBy} value={settings.acknowledgedBy} disabled={disabled} onChange={set('acknowledgedBy')} />
        <Person title={text.signatory} value={settings.signatory} disabled={disabled} onChange={set('signatory')} />
        <Field label={text.verificationUrl} value={settings.verificationUrl} disabled={disabled} onChange={set('verificationUrl')} />
        <Field label={text.carbonCopies} value={settings.carbonCopies} disabled={disabled} onChange={set('carbonCopies')} multiline />
        <Typography variant="body2" sx={{ fontWeight: 600, mt: 1 }}>
          {text.office}
        </Typography>
        <Field label={text.government} value={settings.government} disabled={disabled} onChange={set('government')} />
        <Field label={text.agency} value={settings.agency} disabled={disabled} onChange={set('agency')} />
        <Field label={text.address} value={settings.addressLines} disabled={disabled} onChange={set('addressLines')} multiline />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 1.5 }}>
          <Field label={text.place} value={settings.place} disabled={disabled} onChange={set('place')} />
          <Field label={text.region} value={settings.region} disabled={disabled} onChange={set('region')} />
        </Box>
        <Field label={text.addressee} value={settings.addresseeTitle} disabled={disabled} onChange={set('addresseeTitle')} />
        <Field label={text.addresseePlace} value={settings.addresseePlace} disabled={disabled} onChange={set('addresseePlace')} />
      </AccordionDetails>
    </Accordion>
  );
}
