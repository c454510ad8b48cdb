// One file in the inbox: who applies, where the KCP will be, the number, the state and the clock.
// The whole row is one link to the dossier.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { workflowStateLabels, type CalendarDate, type WorkingDayCalendar } from '../../../common/domain';
import type { InboxRow } from '../../db/inbox';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { workspacePaths } from '../intake';
import { clockView } from './clock';
import { ClockChip } from './ClockChip';

const text = t.workspace.inbox;
export const ROW_HEIGHT = 84;

interface RowProps {
  readonly row: InboxRow;
  readonly calendar: WorkingDayCalendar;
  readonly today: CalendarDate;
  readonly onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

export function InboxRowItem({ row, calendar, today, onKeyDown }: RowProps) {
  const view = clockView(calendar, row.receivedAt, row.state, today);
  return (
    <Box
      component="a"
      href={hrefTo(workspacePaths.dossier(row.id))}
      onKeyDown={onKeyDown}
      data-row-id={row.id}
      sx={{
        height: ROW_HEIGHT,
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) auto',
        alignItems: 'center',
        columnGap: 2,
        px: 2,
        color: 'text.primary',
        textDecoration: 'none',
        borderBottom: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: view.tone === 'overdue' ? '#8e0e12' : 'transparent',
        bgcolor: view.tone === 'overdue' ? '#fdf0f0' : 'background.paper',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outlineOffset: -3 },
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }} noWrap>
          {row.applicantName}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap title={row.subBranchAddress}>
          {text.location(row.subBranchAddress)}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap>
          {text.registration(row.registrationNumber)}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', justifyItems: 'end', gap: 0.75 }}>
        <Chip size="small" variant="outlined" label={workflowStateLabels[row.state]} sx={{ fontWeight: 600, borderColor: 'divider' }} />
        <ClockChip view={view} />
      </Box>
    </Box>
  );
}
