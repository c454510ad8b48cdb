// Certificate files waiting in the certificate inbox folder: the way in where the host has no
// file dialog (the web host), and a convenience in the desktop app. Main checks each name
// against the folder and hands back the same import token its dialog would.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';

const text = t.settings.certificates;

export function CertificateInboxList({ busy, onChoose }: { readonly busy: boolean; readonly onChoose: (name: string) => void }) {
  const listing = useCall('signing.listCertificateInbox', {});
  return (
    <Box component="section" aria-labelledby="certificate-inbox-title" sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography id="certificate-inbox-title" sx={{ fontWeight: 600, flexGrow: 1 }}>{text.inboxTitle}</Typography>
        <Button size="small" variant="outlined" onClick={listing.retry}>{text.refresh}</Button>
      </Box>
      <Typography variant="body2" color="text.secondary">{text.inboxIntro}</Typography>
      {listing.status === 'loading' && <Loading />}
      {listing.status === 'error' && <ErrorNotice title={text.inboxFailed} error={listing.error} onRetry={listing.retry} />}
      {listing.status === 'ok' && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {text.inboxFolder(listing.value.folder)}
          </Typography>
          {listing.value.entries.length === 0 ? (
            <Typography variant="body2">{text.inboxEmpty}</Typography>
          ) : (
            <List dense disablePadding aria-labelledby="certificate-inbox-title">
              {listing.value.entries.map((entry) => (
                <ListItem key={entry.name} divider sx={{ gap: 2, flexWrap: 'wrap' }}>
                  <ListItemText primary={entry.name} secondary={text.size(entry.size)} sx={{ flex: '1 1 200px', m: 0, overflowWrap: 'anywhere' }} />
                  <Button size="small" variant="contained" disabled={busy} aria-label={text.importNamed(entry.name)} onClick={() => { onChoose(entry.name); }}>
                    {text.import}
                  </Button>
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </Box>
  );
}
