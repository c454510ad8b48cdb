// The status area in the app bar: online or offline, what waits to be sent, when sync last
// succeeded, conflicts to resolve, the last failure with a retry, running work, and a warning
// when the browser may evict this device's data. Every item leads to the screen with details.
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import MergeTypeOutlined from '@mui/icons-material/MergeTypeOutlined';
import Refresh from '@mui/icons-material/Refresh';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import UploadOutlined from '@mui/icons-material/UploadOutlined';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import { FirstRunReminder } from '../settings';
import { statusPaths } from './paths';
import { StatusChip } from './StatusChip';
import { whenCompact, whenShort } from './status-view';
import { useStatusFeeds } from './store';
import { useStatus } from './use-status';

const text = t.status;

function Progress({ label, fraction }: { readonly label: string; readonly fraction: number | undefined }) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      <CircularProgress
        size={16}
        thickness={5}
        color="inherit"
        variant={fraction === undefined ? 'indeterminate' : 'determinate'}
        value={fraction === undefined ? undefined : Math.round(fraction * 100)}
        aria-hidden
      />
      <Typography variant="body2" noWrap sx={{ maxWidth: 220 }} title={label}>
        {label}
      </Typography>
    </Box>
  );
}

export function StatusArea() {
  useStatusFeeds();
  const { view, connection, tasks, persistence, retry } = useStatus();
  const now = new Date();
  const detail = connection.unreachable !== undefined ? text.unreachable : view.signedIn ? text.signedInAt(connection.status?.serverUrl ?? '') : text.notSignedIn;
  const last = view.lastSyncAt === undefined ? text.neverSyncedShort : text.lastSync(whenCompact(view.lastSyncAt, now));
  return (
    <Box component="section" aria-label={text.area} sx={{ display: 'flex', alignItems: 'center', gap: 1, ml: 'auto', flexWrap: 'nowrap', flexShrink: 0, justifyContent: 'flex-end' }}>
      {tasks.map((task) => (
        <Progress key={task.kind} label={task.label} fraction={task.fraction} />
      ))}
      <FirstRunReminder />
      {persistence === 'refused' && (
        <StatusChip label={text.storageRefused} description={text.storageLabel} icon={<SaveOutlined />} tone="warning" to={statusPaths.status} testId="status-storage" />
      )}
      {view.conflicts > 0 && (
        <StatusChip label={text.conflicts(view.conflicts)} description={text.conflictsLabel(view.conflicts)} icon={<MergeTypeOutlined />} tone="warning" to={statusPaths.conflicts} testId="status-conflicts" />
      )}
      {view.error !== undefined && (
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <StatusChip label={text.failedShort} description={`${text.failed}: ${view.error}`} icon={<ErrorOutline />} tone="error" to={statusPaths.status} testId="status-error" />
          <IconButton size="small" color="inherit" aria-label={text.retryLabel} title={text.retryLabel} disabled={connection.checking} onClick={() => { void retry(); }}>
            <Refresh fontSize="small" />
          </IconButton>
        </Box>
      )}
      {view.pending !== undefined && (
        <StatusChip label={text.pending(view.pending)} description={text.pendingLabel(view.pending)} icon={<UploadOutlined />} to={statusPaths.status} testId="status-pending" />
      )}
      <StatusChip label={last} description={view.lastSyncAt === undefined ? text.neverSynced : text.lastSyncLabel(whenShort(view.lastSyncAt, now))} icon={<HistoryOutlined />} to={statusPaths.status} testId="status-last-sync" />
      <StatusChip
        label={view.online ? text.online : text.offline}
        description={text.connection(view.online ? text.online : text.offline, detail)}
        icon={view.online ? <CloudDoneOutlined /> : <CloudOffOutlined />}
        tone={view.online ? 'calm' : 'warning'}
        to={statusPaths.status}
        testId="status-connection"
      />
    </Box>
  );
}
