// The verifier's status for a requirement: sesuai / tidak sesuai, and tidak berlaku where the
// requirement allows it (R5). A status that differs from the computed outcome is allowed — the
// verifier decides — and is flagged at once so the reason goes into the note.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { findingStatusLabels, outcomeLabels, type FindingStatus, type RequirementId, type RuleOutcome } from '../../../common/domain';
import { t } from '../../i18n';
import { statusesFor } from './edit';

const text = t.workspace.finding;

interface StatusChoiceProps {
  readonly requirement: RequirementId;
  readonly status: FindingStatus | null;
  readonly computed: RuleOutcome;
  readonly editable: boolean;
  readonly onChoose: (status: FindingStatus) => void;
}

export function StatusChoice({ requirement, status, computed, editable, onChoose }: StatusChoiceProps) {
  const labelId = `status-label-${requirement}`;
  const disagrees = status !== null && computed !== 'insufficient_data' && status !== computed;
  return (
    <FormControl component="fieldset" disabled={!editable} sx={{ display: 'grid', gap: 0.5 }}>
      <FormLabel id={labelId} component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
        {text.status}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={labelId}
        name={`status-${requirement}`}
        value={status ?? ''}
        onChange={(_e, value) => {
          onChoose(value as FindingStatus);
        }}
      >
        {statusesFor(requirement).map((s, i) => (
          <FormControlLabel
            key={s}
            value={s}
            control={<Radio />}
            label={
              <>
                {findingStatusLabels[s]}
                <Box component="kbd" aria-hidden sx={{ ml: 0.75, px: 0.5, border: 1, borderColor: 'divider', borderRadius: 0.5, fontSize: '0.75rem', color: 'text.secondary' }}>
                  {i + 1}
                </Box>
              </>
            }
          />
        ))}
      </RadioGroup>
      {disagrees && (
        <Alert severity="warning" variant="outlined">
          {text.disagrees(findingStatusLabels[status], outcomeLabels[computed])}
        </Alert>
      )}
    </FormControl>
  );
}
