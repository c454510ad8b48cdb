// The autosave state, always visible: saved, saving, waiting to save, or failed with the reason
// (the database's own Indonesian message, e.g. a full disk) and a button to try again.
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import type { SaveState } from './autosave';

const text = t.workspace.save;

export function SaveIndicator({ state, onRetry }: { readonly state: SaveState; readonly onRetry: () => void }) {
  if (state.kind === 'failed') {
    return (
      <Alert
        severity="error"
        variant="outlined"
        role="alert"
        data-save-state="failed"
        action={
          <Button color="inherit" variant="outlined" size="small" onClick={onRetry} sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
            {text.retry}
          </Button>
        }
      >
        <strong>{text.failed}.</strong> {state.message}
      </Alert>
    );
  }
  const [icon, label] =
    state.kind === 'saved'
      ? [<CheckCircleOutlined key="i" fontSize="small" sx={{ color: 'success.main' }} />, text.saved]
      : state.kind === 'saving'
        ? [<CircularProgress key="i" size={16} />, text.saving]
        : [<ScheduleOutlined key="i" fontSize="small" />, text.pending];
  return (
    <Box role="status" data-save-state={state.kind} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: 'text.secondary' }}>
      <Box component="span" aria-hidden sx={{ display: 'inline-flex' }}>
        {icon}
      </Box>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
    </Box>
  );
}
