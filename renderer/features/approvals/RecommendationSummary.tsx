// What the verifier recommends and why, beside what the rules make of the findings today — so a
// supervisor sees at once when the two part ways.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { decisionLabels, type Decision } from '../../../common/domain';
import { t } from '../../i18n';

const text = t.approvals.review;

const colour = (kind: Decision['kind']): string => (kind === 'issue' ? '#1b5e20' : kind === 'reject' ? '#a4161a' : '#374151');

interface SummaryProps {
  readonly submitted: 'issue' | 'reject' | undefined;
  readonly computed: Decision;
  readonly reason: string;
}

export function RecommendationSummary({ submitted, computed, reason }: SummaryProps) {
  return (
    <Paper component="section" aria-labelledby="recommendation-title" sx={{ p: 1.5, display: 'grid', gap: 1 }}>
      <Typography id="recommendation-title" variant="h3" component="h2">{text.recommendation}</Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {submitted !== undefined && (
          <Chip label={decisionLabels[submitted]} sx={{ fontWeight: 700, color: '#ffffff', bgcolor: colour(submitted) }} data-testid="submitted-recommendation" />
        )}
        <Typography variant="body2" color="text.secondary">
          {text.suggested}: <strong>{decisionLabels[computed.kind]}</strong>
        </Typography>
      </Box>
      {submitted !== undefined && computed.kind !== submitted && <Alert severity="warning">{text.differs}</Alert>}
      {reason.trim() !== '' && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <strong>{text.reason}:</strong> {reason}
        </Typography>
      )}
    </Paper>
  );
}
