// The packets waiting in the inbox folder (the web host's only way in, and handy in the desktop
// app too): one row per .zip or folder, each with its own import button.
import FolderOutlined from '@mui/icons-material/FolderOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { InboxEntry } from '../../../common/contract/packets';
import { t } from '../../i18n';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';

const text = t.workspace.intake;

function EntryRow({ entry, busy, onImport }: { readonly entry: InboxEntry; readonly busy: boolean; readonly onImport: (name: string) => void }) {
  const kind = entry.kind === 'zip' ? text.kindZip : text.kindFolder;
  const detail = entry.size === undefined ? kind : `${kind}, ${text.size(entry.size)}`;
  return (
    <ListItem
      divider
      secondaryAction={
        <Button variant="contained" disabled={busy} aria-label={text.importNamed(entry.name)} onClick={() => { onImport(entry.name); }}>
          {text.importOne}
        </Button>
      }
      sx={{ pr: 14 }}
    >
      <ListItemIcon>{entry.kind === 'zip' ? <Inventory2Outlined aria-hidden /> : <FolderOutlined aria-hidden />}</ListItemIcon>
      <ListItemText primary={entry.name} secondary={detail} slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }} />
    </ListItem>
  );
}

export function InboxFolderList({ busy, onImport }: { readonly busy: boolean; readonly onImport: (name: string) => void }) {
  const listing = useCall('packets.listInbox', {});
  return (
    <Paper component="section" aria-labelledby="inbox-folder-title" sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography id="inbox-folder-title" variant="h3" component="h2" sx={{ flexGrow: 1 }}>
          {text.folderTitle}
        </Typography>
        <Button variant="outlined" onClick={listing.retry}>
          {text.refresh}
        </Button>
      </Box>
      {listing.status === 'loading' && <Loading />}
      {listing.status === 'error' && <ErrorNotice title={text.listFailed} error={listing.error} onRetry={listing.retry} />}
      {listing.status === 'ok' && (
        <>
          <Typography color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {text.folder(listing.value.folder)}
          </Typography>
          {listing.value.entries.length === 0 ? (
            <Typography>{text.empty}</Typography>
          ) : (
            <List disablePadding aria-labelledby="inbox-folder-title">
              {listing.value.entries.map((entry) => (
                <EntryRow key={entry.name} entry={entry} busy={busy} onImport={onImport} />
              ))}
            </List>
          )}
        </>
      )}
    </Paper>
  );
}
