// One file in the approval queue — the whole row is a link to its review: applicant, KCP, number,
// the verifier's recommendation, who submitted it and when (and how often it came back), state
// and the service clock.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { decisionLabels, formatInstantWita, workflowStateLabels, type CalendarDate, type WorkingDayCalendar } from '../../../common/domain';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { ClockChip, clockView } from '../inbox';
import { moveFocusInList } from './list-keys';
import { approvalPaths } from './paths';
import { stepActorLabel } from './step-actor';
import type { QueueItem } from './use-queue';

const text = t.approvals.queue;

export function QueueItemRow({ item, calendar, today }: { readonly item: QueueItem; readonly calendar: WorkingDayCalendar; readonly today: CalendarDate }) {
  const { row, submission } = item;
  const view = clockView(calendar, row.receivedAt, row.state, today);
  const recommendation = submission?.step.recommendation;
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Box
        component="a"
        href={hrefTo(approvalPaths.review(row.id))}
        data-queue-item={row.id}
        onKeyDown={(e) => { moveFocusInList(e, '[data-queue-item]'); }}
        sx={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) auto',
          columnGap: 2,
          rowGap: 0.5,
          alignItems: 'center',
          px: 2,
          py: 1.25,
          color: 'text.primary',
          textDecoration: 'none',
          borderBottom: 1,
          borderColor: 'divider',
          '&:hover': { bgcolor: 'action.hover' },
          '&:focus-visible': { outlineOffset: -3 },
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{row.applicantName}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {text.registration(row.registrationNumber)} · {t.workspace.inbox.location(row.subBranchAddress)}
          </Typography>
          {submission !== undefined && (
            <Typography variant="body2" color="text.secondary">
              {text.submitted(stepActorLabel(submission.step), formatInstantWita(submission.step.at))}
              {submission.resubmissions > 0 && ` · ${text.resubmitted(submission.resubmissions)}`}
            </Typography>
          )}
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, justifyContent: 'flex-end', maxWidth: 360 }}>
          {recommendation !== undefined && (
            <Chip size="small" label={decisionLabels[recommendation]} sx={{ fontWeight: 600, color: '#ffffff', bgcolor: recommendation === 'issue' ? '#1b5e20' : '#a4161a' }} />
          )}
          <Chip size="small" variant="outlined" label={workflowStateLabels[row.state]} sx={{ fontWeight: 600, borderColor: 'divider' }} data-testid="queue-state" />
          <ClockChip view={view} />
        </Box>
      </Box>
    </Box>
  );
}
