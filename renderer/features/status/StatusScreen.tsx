// The details behind the status area: the connection, this device's unsent and refused changes,
// conflicts, whether the browser keeps the data for good (and what it means if not), and what
// is running now.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatInstantWita } from '../../../common/domain';
import { hrefTo } from '../../app/router';
import { persistenceNotice } from '../../db/storage';
import { t } from '../../i18n';
import { settingsPaths } from '../settings';
import { Facts } from './Facts';
import { operationLabel } from './operation-label';
import { statusPaths } from './paths';
import { useStatus } from './use-status';

const text = t.status;
const screen = text.screen;

function Part({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
      <Typography id={`${id}-title`} variant="h3" component="h2">{title}</Typography>
      {children}
    </Paper>
  );
}

export function StatusScreen() {
  const { view, connection, local, dbReady, tasks, persistence, retry } = useStatus();
  const status = connection.status;
  const notice = persistence === undefined ? undefined : persistenceNotice(persistence);
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Typography variant="h2" component="h1">{screen.title}</Typography>
      <Part id="connection" title={screen.connection}>
        <Facts
          items={[
            [screen.state, view.online ? text.online : text.offline, 'connection-state'],
            [screen.server, status?.serverUrl ?? screen.noServer],
            [screen.user, status?.user == null ? text.notSignedIn : `${status.user.displayName} (${status.user.username})`],
            [screen.lastSync, view.lastSyncAt === undefined ? text.neverSynced : formatInstantWita(view.lastSyncAt)],
            [screen.journal, String(status?.pending ?? 0)],
            [screen.error, view.error ?? screen.noError, 'connection-error'],
          ]}
        />
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
          <Button variant="contained" disabled={connection.checking} onClick={() => { void retry(); }}>{text.retryLabel}</Button>
          <Button variant="outlined" href={hrefTo(settingsPaths.settings)}>{screen.toSettings}</Button>
        </Box>
      </Part>
      <Part id="outbox" title={screen.outbox}>
        {!dbReady || local === undefined ? (
          <Typography color="text.secondary">{screen.dbUnavailable}</Typography>
        ) : (
          <>
            <Facts items={[[screen.pending, String(local.pending), 'outbox-pending'], [screen.rejected, String(local.rejected.length)]]} />
            {local.rejected.length > 0 && (
              <Alert severity="error" variant="outlined">
                <Typography sx={{ fontWeight: 600 }}>{screen.rejectedTitle}</Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>{screen.rejectedHint}</Typography>
                <List dense disablePadding aria-label={screen.rejectedTitle}>
                  {local.rejected.map((row) => (
                    <ListItem key={row.id} disableGutters>
                      <ListItemText
                        primary={screen.rejectedItem(operationLabel(row.operation), row.applicationId, formatInstantWita(row.createdAt))}
                        secondary={row.lastError}
                        slotProps={{ secondary: { sx: { color: 'text.primary', overflowWrap: 'anywhere' } } }}
                      />
                    </ListItem>
                  ))}
                </List>
              </Alert>
            )}
          </>
        )}
      </Part>
      <Part id="conflicts" title={screen.conflicts}>
        <Facts items={[[screen.conflictsOpen, String(view.conflicts), 'conflict-count']]} />
        <Box><Button variant="outlined" href={hrefTo(statusPaths.conflicts)}>{screen.openConflicts}</Button></Box>
      </Part>
      <Part id="storage" title={screen.storage}>
        {persistence === undefined && <Typography color="text.secondary">{screen.storageChecking}</Typography>}
        {persistence === 'granted' && <Alert severity="success">{screen.storageGranted}</Alert>}
        {notice !== undefined && <Alert severity="warning" data-testid="storage-notice">{notice}</Alert>}
      </Part>
      <Part id="running" title={screen.progress}>
        {tasks.length === 0 && <Typography color="text.secondary">{screen.idle}</Typography>}
        {tasks.map((task) => (
          <Box key={task.kind} sx={{ display: 'grid', gap: 0.5 }}>
            <Typography>{task.label}</Typography>
            <LinearProgress
              variant={task.fraction === undefined ? 'indeterminate' : 'determinate'}
              value={task.fraction === undefined ? undefined : task.fraction * 100}
              aria-label={task.label}
            />
          </Box>
        ))}
      </Part>
    </Box>
  );
}
