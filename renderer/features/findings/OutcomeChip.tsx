// A computed outcome or a verifier's status as a small labelled chip; the words carry the
// meaning, the colour only repeats it.
import Chip from '@mui/material/Chip';
import { outcomeLabels, type RuleOutcome } from '../../../common/domain';
import { t } from '../../i18n';

const colours: Readonly<Record<RuleOutcome, string>> = {
  meets: '#1b5e20',
  fails: '#a4161a',
  not_applicable: '#374151',
  insufficient_data: '#8a4b00',
};

export function OutcomeChip({ outcome, prefix }: { readonly outcome: RuleOutcome | null; readonly prefix?: string }) {
  const label = outcome === null ? t.workspace.finding.statusUnset : outcomeLabels[outcome];
  const colour = outcome === null ? '#374151' : colours[outcome];
  return (
    <Chip
      size="small"
      variant={outcome === null ? 'outlined' : 'filled'}
      label={prefix === undefined ? label : `${prefix}: ${label}`}
      sx={{
        fontWeight: 600,
        color: outcome === null ? colour : '#ffffff',
        bgcolor: outcome === null ? 'background.paper' : colour,
        borderColor: colour,
        borderStyle: outcome === null ? 'dashed' : 'solid',
      }}
    />
  );
}
