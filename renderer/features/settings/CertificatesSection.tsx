// The signing certificates kept on this device: list, import (through main's file dialog in the
// desktop app, or by name from the certificate inbox folder), remove.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Result } from '../../../common/contract';
import type { CertificateSummary } from '../../../common/contract/signing';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { CertificateImportDialog, type ChosenFile } from './CertificateImport';
import { CertificateInboxList } from './CertificateInboxList';
import { certificateLines } from './certificate-lines';

const text = t.settings.certificates;

function RemoveDialog({ certificate, onClose, onRemoved }: { readonly certificate: CertificateSummary | undefined; readonly onClose: () => void; readonly onRemoved: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const remove = (id: string): void => {
    setBusy(true);
    void api.call('signing.removeCertificate', { certificateId: id }).then((answer) => {
      setBusy(false);
      if (answer.ok) onRemoved();
      else setError(answer.error.message);
    });
  };
  return (
    <Dialog open={certificate !== undefined} onClose={onClose} aria-labelledby="remove-title">
      <DialogTitle id="remove-title">{certificate === undefined ? '' : text.removeTitle(certificate.subjectName)}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{text.removeBody}</DialogContentText>
        {error !== undefined && <Alert severity="error" role="alert">{text.removeFailed} {error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{text.cancel}</Button>
        <Button color="error" variant="contained" disabled={busy || certificate === undefined} onClick={() => { if (certificate) remove(certificate.id); }}>
          {text.remove}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function CertificatesSection() {
  const list = useCall('signing.listCertificates', {});
  const [chosen, setChosen] = useState<ChosenFile>();
  const [removing, setRemoving] = useState<CertificateSummary>();
  const [notice, setNotice] = useState<{ readonly severity: 'success' | 'error'; readonly message: string }>();
  const [choosing, setChoosing] = useState(false);

  const choose = (pick: () => Promise<Result<ChosenFile | undefined>>): void => {
    setChoosing(true);
    setNotice(undefined);
    void pick().then((answer) => {
      setChoosing(false);
      if (!answer.ok) setNotice({ severity: 'error', message: `${text.chooseFailed} ${answer.error.message}` });
      else if (answer.value !== undefined) setChosen(answer.value);
    });
  };
  const fromDialog = async (): Promise<Result<ChosenFile | undefined>> => {
    const answer = await api.call('signing.chooseCertificateFile', {});
    if (!answer.ok) return answer;
    return { ok: true, value: answer.value.chosen ? { token: answer.value.token, fileName: answer.value.fileName } : undefined };
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorNotice title={text.listFailed} error={list.error} onRetry={list.retry} />}
      {list.status === 'ok' && list.value.length === 0 && <Typography color="text.secondary">{text.empty}</Typography>}
      {list.status === 'ok' && list.value.length > 0 && (
        <List aria-label={text.listLabel} disablePadding sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {list.value.map((c) => (
            <ListItem key={c.id} divider sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
              <ListItemText
                primary={c.subjectName}
                secondary={certificateLines(c, new Date()).join(' · ')}
                sx={{ flex: '1 1 320px', m: 0, overflowWrap: 'anywhere' }}
              />
              <Button variant="outlined" color="error" size="small" aria-label={text.removeNamed(c.subjectName)} onClick={() => { setRemoving(c); }}>
                {text.remove}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
      {notice !== undefined && <Alert severity={notice.severity} role={notice.severity === 'error' ? 'alert' : 'status'}>{notice.message}</Alert>}
      {api.host === 'electron' && (
        <Box>
          <Button variant="contained" disabled={choosing} onClick={() => { choose(fromDialog); }}>
            {choosing ? text.choosing : text.add}
          </Button>
        </Box>
      )}
      <CertificateInboxList busy={choosing} onChoose={(name) => { choose(() => api.call('signing.chooseCertificateFromInbox', { name })); }} />
      <CertificateImportDialog
        file={chosen}
        onClose={() => { setChosen(undefined); }}
        onImported={(c) => {
          setChosen(undefined);
          setNotice({ severity: 'success', message: text.imported(c.subjectName) });
          list.retry();
        }}
      />
      <RemoveDialog
        certificate={removing}
        onClose={() => { setRemoving(undefined); }}
        onRemoved={() => {
          setRemoving(undefined);
          list.retry();
        }}
      />
    </Box>
  );
}
