// Working days left on the service clock. Colour darkens as the days run out and an overdue
// file turns solid red with an icon; the words always say the same, so colour is never the
// only signal.
import AccessTime from '@mui/icons-material/AccessTime';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import TaskAlt from '@mui/icons-material/TaskAlt';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { formatDateLong } from '../../../common/domain';
import { t } from '../../i18n';
import type { ClockTone, ClockView } from './clock';

const text = t.workspace.clock;

// Each pair keeps at least 4.5:1 contrast (text on fill, or text and border on white).
const looks: Readonly<Record<ClockTone, { readonly filled: boolean; readonly color: string }>> = {
  calm: { filled: false, color: '#1b5e20' },
  soon: { filled: false, color: '#8a4b00' },
  urgent: { filled: true, color: '#8a4b00' },
  due: { filled: true, color: '#a4161a' },
  overdue: { filled: true, color: '#8e0e12' },
  stopped: { filled: false, color: '#374151' },
};

export function clockLabel(view: ClockView): string {
  switch (view.tone) {
    case 'stopped':
      return text.stopped;
    case 'overdue':
      return text.overdue(-view.left);
    case 'due':
      return text.due;
    default:
      return text.left(view.left);
  }
}

export function ClockChip({ view, showDeadline = false }: { readonly view: ClockView; readonly showDeadline?: boolean }) {
  const look = looks[view.tone];
  const icon = view.tone === 'overdue' || view.tone === 'due' ? <ErrorOutline /> : view.tone === 'stopped' ? <TaskAlt /> : <AccessTime />;
  const label = clockLabel(view) + (view.uncertain ? ' *' : '');
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-clock={view.tone}>
      <Chip
        size="small"
        icon={icon}
        label={label}
        title={view.uncertain ? text.uncertain : undefined}
        variant={look.filled ? 'filled' : 'outlined'}
        sx={{
          fontWeight: view.tone === 'overdue' ? 700 : 600,
          color: look.filled ? '#ffffff' : look.color,
          bgcolor: look.filled ? look.color : 'background.paper',
          borderColor: look.color,
          '& .MuiChip-icon': { color: 'inherit' },
        }}
      />
      {showDeadline && (
        <Typography component="span" variant="body2" color="text.secondary">
          {text.deadline(formatDateLong(view.deadline))}
        </Typography>
      )}
    </Box>
  );
}
