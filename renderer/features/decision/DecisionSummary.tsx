// The suggestion of the rules beside the verifier's own recommendation, the requirements that
// fail and why, and every warning the domain raises (disagreement with a computed result,
// missing evidence, a failure without a note, an unjudged requirement).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { decisionLabels, requirement, type Decision } from '../../../common/domain';
import { t } from '../../i18n';
import type { Suggestion } from './suggestion';

const text = t.workspace.decision;

const suggestionLabel = (s: Suggestion): string => (s.kind === 'undetermined' ? text.undetermined : decisionLabels[s.kind]);
const differs = (s: Suggestion, d: Decision): boolean => s.kind !== 'undetermined' && d.kind !== 'incomplete' && s.kind !== d.kind;

function Verdict({ title, label, testId, children }: { readonly title: string; readonly label: string; readonly testId: string; readonly children?: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 0.5, alignContent: 'start' }}>
      <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="h3" component="p" data-testid={testId}>
        {label}
      </Typography>
      {children}
    </Box>
  );
}

export function DecisionSummary({ suggestion, decision }: { readonly suggestion: Suggestion; readonly decision: Decision }) {
  const failing = suggestion.kind === 'issue' ? [] : suggestion.failing;
  return (
    <Paper component="section" aria-label={text.yours} sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 2 }}>
        <Verdict title={text.suggested} label={suggestionLabel(suggestion)} testId="suggested-decision">
          <Typography variant="body2" color="text.secondary">
            {text.suggestedHint}
          </Typography>
          {failing.length > 0 && <Typography variant="body2">{text.failures}: {failing.join(', ')}</Typography>}
          {suggestion.kind === 'undetermined' && <Typography variant="body2">{text.insufficient(suggestion.insufficient.join(', '))}</Typography>}
        </Verdict>
        <Verdict title={text.yours} label={decisionLabels[decision.kind]} testId="your-decision" />
      </Box>
      {differs(suggestion, decision) && <Alert severity="warning">{text.differs}</Alert>}
      {decision.kind === 'reject' && (
        <Box component="section" aria-label={text.failures}>
          <Typography sx={{ fontWeight: 600 }}>{text.failures}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {decision.failures.map((f) => (
              <li key={f.requirement}>
                <strong>
                  {f.requirement} · {requirement(f.requirement).label}
                </strong>
                : {f.reason}
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Box component="section" aria-label={text.warnings}>
        <Typography sx={{ fontWeight: 600 }}>{text.warnings}</Typography>
        {decision.warnings.length === 0 ? (
          <Typography variant="body2">{text.noWarnings}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="decision-warnings">
            {decision.warnings.map((w, i) => (
              <Typography component="li" variant="body2" key={`${w.kind}-${w.requirement}-${String(i)}`}>
                {w.message}
              </Typography>
            ))}
          </Box>
        )}
      </Box>
    </Paper>
  );
}
