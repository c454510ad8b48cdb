// The top of a dossier: whose file, where, its state and clock, how far the checklist is, the
// autosave state, and the way on to the decision (or back to the inbox).
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { workflowStateLabels, type CalendarDate, type WorkingDayCalendar } from '../../../common/domain';
import type { ApplicationRow } from '../../db/rows';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { ClockChip, clockView } from '../inbox';
import { workspacePaths } from '../intake';

const text = t.workspace;

interface HeaderProps {
  readonly row: ApplicationRow;
  readonly calendar: WorkingDayCalendar;
  readonly today: CalendarDate;
  /** Shown on the right: the save state, the progress, the next step. */
  readonly children?: ReactNode;
  readonly back: { readonly href: string; readonly label: string };
}

export function FileHeader({ row, calendar, today, children, back }: HeaderProps) {
  return (
    <Box component="header" sx={{ display: 'grid', gap: 0.75 }}>
      <Box>
        <Button size="small" startIcon={<ArrowBack />} href={back.href} sx={{ ml: -1 }}>
          {back.label}
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h2" component="h1" sx={{ flex: '1 1 280px', minWidth: 0, overflowWrap: 'anywhere' }}>
          {row.applicantName}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>{children}</Box>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip size="small" variant="outlined" label={workflowStateLabels[row.state]} sx={{ fontWeight: 600 }} data-testid="file-state" />
        <ClockChip view={clockView(calendar, row.receivedAt, row.state, today)} showDeadline />
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {text.inbox.registration(row.registrationNumber)} · {text.inbox.location(row.application.subBranch.address)}
        </Typography>
      </Box>
    </Box>
  );
}

export function ToDecisionButton({ id }: { readonly id: string }) {
  return (
    <Button variant="contained" endIcon={<ArrowForward />} href={hrefTo(workspacePaths.decision(id))}>
      {text.dossier.toDecision}
    </Button>
  );
}
