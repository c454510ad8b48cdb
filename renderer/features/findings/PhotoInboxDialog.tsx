// The web host has no file dialog: the photos waiting in the photo inbox folder, each with its own
// button. Choosing one stores it and pins it; a refusal stays in the dialog, beside the list.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ContractError } from '../../../common/contract';
import type { PhotoInboxEntry } from '../../../common/contract/evidence';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';

const text = t.workspace.finding;

type Listing =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: { readonly folder: string; readonly entries: readonly PhotoInboxEntry[] } }
  | { readonly status: 'error'; readonly error: ContractError };

/** The folder's listing, asked of main on open and on each retry. */
function useListing(api: Api): Listing & { readonly retry: () => void } {
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setListing({ status: 'loading' });
    void api.call('evidence.listPhotoInbox', {}).then((answer) => {
      if (current) setListing(answer.ok ? { status: 'ok', value: answer.value } : { status: 'error', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);
  const retry = useCallback(() => {
    setAttempt((a) => a + 1);
  }, []);
  return { ...listing, retry };
}

interface PhotoInboxDialogProps {
  readonly api: Api;
  readonly busy: boolean;
  readonly onChoose: (name: string) => void;
  readonly onClose: () => void;
  /** The refusal of the last choice, shown above the list. */
  readonly children?: ReactNode;
}

/** Mounted only while open, so the folder is listed afresh each time. */
export function PhotoInboxDialog({ api, busy, onChoose, onClose, children }: PhotoInboxDialogProps) {
  const listing = useListing(api);
  return (
    <Dialog open onClose={onClose} aria-labelledby="photo-inbox-title" fullWidth maxWidth="sm">
      <DialogTitle id="photo-inbox-title">{text.photoInboxTitle}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography>{text.photoInboxIntro}</Typography>
        {children}
        {listing.status === 'loading' && <Loading />}
        {listing.status === 'error' && <ErrorNotice title={text.photoInboxFailed} error={listing.error} onRetry={listing.retry} />}
        {listing.status === 'ok' && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {text.photoInboxFolder(listing.value.folder)}
            </Typography>
            {listing.value.entries.length === 0 ? (
              <Typography>{text.photoInboxEmpty}</Typography>
            ) : (
              <List dense disablePadding aria-label={text.photoInboxTitle}>
                {listing.value.entries.map((entry) => (
                  <ListItem
                    key={entry.name}
                    divider
                    secondaryAction={
                      <Button variant="contained" size="small" disabled={busy} aria-label={text.photoChooseNamed(entry.name)} onClick={() => { onChoose(entry.name); }}>
                        {text.photoChoose}
                      </Button>
                    }
                    sx={{ pr: 11 }}
                  >
                    <ListItemText primary={entry.name} secondary={text.photoSize(entry.size)} slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }} />
                  </ListItem>
                ))}
              </List>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={listing.retry}>{text.refresh}</Button>
        <Button variant="outlined" onClick={onClose}>
          {text.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
