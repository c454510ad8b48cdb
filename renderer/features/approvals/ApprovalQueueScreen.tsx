// The approval queue: files waiting for the supervisor's approval or signature, or those signed.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { WorkspaceGate, type Workspace } from '../intake';
import { QueueItemRow } from './QueueItemRow';
import { toggleLook } from './toggle-look';
import { useQueue, type QueueFilter } from './use-queue';

const text = t.approvals.queue;

function Queue({ workspace }: { readonly workspace: Workspace }) {
  const [filter, setFilter] = useState<QueueFilter>('waiting');
  const queue = useQueue(workspace.db, filter);
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup exclusive size="small" value={filter} aria-label={text.filter} sx={toggleLook} onChange={(_e, value: QueueFilter | null) => { if (value !== null) setFilter(value); }}>
          <ToggleButton value="waiting">{text.filters.waiting}</ToggleButton>
          <ToggleButton value="signed">{text.filters.signed}</ToggleButton>
        </ToggleButtonGroup>
        {queue.status === 'ready' && (
          <Typography color="text.secondary" role="status" data-testid="queue-count">
            {text.count(queue.items.length, queue.total)}
          </Typography>
        )}
      </Box>
      {queue.status === 'loading' && <Loading />}
      {queue.status === 'error' && <Alert severity="error">{text.failed} {queue.message}</Alert>}
      {queue.status === 'ready' && queue.items.length === 0 && (
        <Typography color="text.secondary">{filter === 'waiting' ? text.empty : text.emptySigned}</Typography>
      )}
      {queue.status === 'ready' && queue.items.length > 0 && (
        <Paper>
          <Box component="ul" aria-label={text.listLabel} data-list sx={{ m: 0, p: 0 }}>
            {queue.items.map((item) => (
              <QueueItemRow key={item.row.id} item={item} calendar={workspace.calendar} today={workspace.today} />
            ))}
          </Box>
        </Paper>
      )}
      <Typography variant="body2" color="text.secondary">{text.keys}</Typography>
    </>
  );
}

export function ApprovalQueueScreen() {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" component="h1">{text.title}</Typography>
      <Typography>{text.intro}</Typography>
      <WorkspaceGate>{(workspace) => <Queue workspace={workspace} />}</WorkspaceGate>
    </Box>
  );
}
