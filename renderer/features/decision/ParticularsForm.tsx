// "Data surat": letter numbers for this file, and the team, officials, letterhead and addressee
// every document of this office carries. Kept as typed; checked when the documents are made.
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import type { LetterNumbers, LetterSettings, PersonFields } from './particulars';

const text = t.workspace.decision;

interface FormProps {
  readonly settings: LetterSettings;
  readonly numbers: LetterNumbers;
  readonly disabled: boolean;
  readonly onSettings: (next: LetterSettings) => void;
  readonly onNumbers: (next: LetterNumbers) => void;
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

export function ParticularsForm({ settings, numbers, disabled, onSettings, onNumbers }: FormProps) {
  const set = <K extends keyof LetterSettings>(key: K) => (value: LetterSettings[K]) => {
    onSettings({ ...settings, [key]: value });
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
          <Field label={text.reportNumber} value={numbers.report} disabled={disabled} onChange={(report) => { onNumbers({ ...numbers, report }); }} />
          <Field label={text.letterNumber} value={numbers.letter} disabled={disabled} onChange={(letter) => { onNumbers({ ...numbers, letter }); }} />
        </Box>
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
