// What the rule computed for the requirement, and the facts it rests on, as the verifier reads
// them before deciding.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { RuleResult } from '../../../common/domain';
import { t } from '../../i18n';
import { OutcomeChip } from './OutcomeChip';

const text = t.workspace.finding;

export function ComputedResult({ result }: { readonly result: RuleResult }) {
  return (
    <Box component="section" aria-label={text.computed} sx={{ display: 'grid', gap: 0.75 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>{text.computed}</Typography>
        <OutcomeChip outcome={result.outcome} />
      </Box>
      {result.facts.length > 0 && (
        <Box component="ul" aria-label={text.facts} sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
          {result.facts.map((fact, i) => (
            <Typography component="li" variant="body2" key={`${String(i)}-${fact}`} sx={{ overflowWrap: 'anywhere' }}>
              {fact}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
