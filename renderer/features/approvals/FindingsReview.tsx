// The verifier's findings, read-only: per requirement the verifier's status beside what the rule
// computed (as the verifier saw it), the facts, the note and the evidence. A status that differs
// from the computed result is marked, as the decision screen warned the verifier.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { requirement, requirementIds, type SubmittedDocument } from '../../../common/domain';
import type { FindingRow } from '../../db/rows';
import { t } from '../../i18n';
import { describeRef, OutcomeChip } from '../findings';

const text = t.approvals.review;

function FindingItem({ id, finding, documents }: { readonly id: (typeof requirementIds)[number]; readonly finding: FindingRow | undefined; readonly documents: readonly SubmittedDocument[] }) {
  const computed = finding?.computed;
  const differs = finding?.status != null && computed !== undefined && computed.outcome !== 'insufficient_data' && computed.outcome !== finding.status;
  const headingId = `finding-${id}`;
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ listStyle: 'none', p: 1.5, borderBottom: 1, borderColor: 'divider', borderLeft: 4, borderLeftColor: differs ? 'warning.main' : 'transparent', display: 'grid', gap: 0.75 }}>
      <Typography id={headingId} sx={{ fontWeight: 600 }}>
        {id} · {requirement(id).label}
      </Typography>
      <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
        <OutcomeChip outcome={finding?.status ?? null} prefix={text.verifier} />
        {computed !== undefined && <OutcomeChip outcome={computed.outcome} prefix={text.computed} />}
      </Box>
      {finding === undefined && <Typography variant="body2" color="text.secondary">{text.noFinding}</Typography>}
      {computed !== undefined && computed.facts.length > 0 && (
        <Box component="ul" aria-label={text.facts} sx={{ m: 0, pl: 2.5 }}>
          {computed.facts.map((fact, i) => (
            <Typography component="li" variant="body2" key={`${String(i)}-${fact}`} sx={{ overflowWrap: 'anywhere' }}>{fact}</Typography>
          ))}
        </Box>
      )}
      {finding !== undefined && (
        <>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            <strong>{text.note}:</strong> {finding.note === '' ? text.noNote : finding.note}
          </Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            <strong>{text.evidence}:</strong> {finding.evidence.length === 0 ? text.noEvidence : finding.evidence.map((e) => describeRef(e, documents)).join('; ')}
          </Typography>
        </>
      )}
    </Box>
  );
}

export function FindingsReview({ findings, documents }: { readonly findings: readonly FindingRow[]; readonly documents: readonly SubmittedDocument[] }) {
  return (
    <Paper component="section" aria-labelledby="findings-title">
      <Typography id="findings-title" variant="h3" component="h2" sx={{ px: 1.5, pt: 1.5 }}>{text.findings}</Typography>
      <Box component="ul" aria-label={text.findingsLabel} sx={{ m: 0, p: 0 }}>
        {requirementIds.map((id) => (
          <FindingItem key={id} id={id} finding={findings.find((f) => f.requirement === id)} documents={documents} />
        ))}
      </Box>
    </Paper>
  );
}
