// The file's history of submissions, returns, approvals and signatures, oldest first: who, when,
// and the reason given; steps this device made that the server has not accepted yet say so.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { decisionLabels, formatInstantWita, workflowActionLabels } from '../../../common/domain';
import type { ApprovalRow } from '../../db/rows';
import { t } from '../../i18n';
import { stepActorLabel } from './step-actor';

const text = t.approvals.review;

export function HistoryList({ history, me }: { readonly history: readonly ApprovalRow[]; readonly me: { readonly userId: string; readonly name: string } | undefined }) {
  return (
    <Paper component="section" aria-labelledby="history-title" sx={{ p: 1.5, display: 'grid', gap: 1 }}>
      <Typography id="history-title" variant="h3" component="h2">{text.history}</Typography>
      {history.length === 0 ? (
        <Typography color="text.secondary">{text.historyEmpty}</Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }} data-testid="history">
          {history.map((step) => (
            <Box component="li" key={step.id}>
              <Typography sx={{ overflowWrap: 'anywhere' }}>
                <strong>{workflowActionLabels[step.action]}</strong>
                {step.recommendation !== undefined && ` (${decisionLabels[step.recommendation]})`} — {stepActorLabel(step, me)}, {formatInstantWita(step.at)}
                {step.seq === undefined && ` · ${text.notYetSent}`}
              </Typography>
              {step.reason !== undefined && (
                <Typography variant="body2" sx={{ pl: 1.5, borderLeft: 3, borderColor: 'divider', mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {step.reason}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
