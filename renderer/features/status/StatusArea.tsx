// The status area in the app bar: online or offline, what waits to be sent, when sync last
// succeeded, conflicts to resolve, the last failure with a retry, running work, and a warning
// when the browser may evict this device's data. Every item leads to the screen with details.
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import MergeTypeOutlined from '@mui/icons-material/MergeTypeOutlined';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutlineOutlined';
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
import type { ShownTask } from './tasks';
import { useStatus } from './use-status';

const text = t.status;

/** Read by screen readers (the live region announces the full sentence), not drawn. */
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px', padding: 0, border: 0 } as const;

/**
 * One task: a spinner only while it runs, a tick once done, a pause sign once stopped; the chip
 * shows the short words; the full sentence is its tooltip and what screen readers announce.
 */
function Progress({ task }: { readonly task: ShownTask }) {
  return (
    <Box role="status" title={task.label} data-testid={`status-task-${task.kind}`} data-state={task.state} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      {task.state === 'running' ? (
        <CircularProgress
          size={16}
          thickness={5}
          color="inherit"
          variant={task.fraction === undefined ? 'indeterminate' : 'determinate'}
          value={task.fraction === undefined ? undefined : Math.round(task.fraction * 100)}
          aria-hidden
        />
      ) : task.state === 'done' ? (
        <CheckCircleOutline fontSize="small" aria-hidden />
      ) : (
        <PauseCircleOutline fontSize="small" aria-hidden />
      )}
      <Typography variant="body2" noWrap aria-hidden sx={{ maxWidth: 160 }}>
        {task.short}
      </Typography>
      <Box component="span" sx={visuallyHidden}>
        {task.label}
      </Box>
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
        <Progress key={task.kind} task={task} />
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
