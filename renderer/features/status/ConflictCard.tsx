// One conflict: the file, the record and field, both values side by side, and the two choices.
// Choosing is a user change (record, audit event and operation together); nothing is overwritten
// before that. The card follows the database: a pull that brings a newer server value shows it
// here at once, and says so until the person confirms they have looked at it; a choice carries
// the server version the person confirmed, so one made on a value replaced meanwhile is refused.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatInstantWita } from '../../../common/domain';
import type { VerikopDb } from '../../db/database';
import { resolveConflict } from '../../db/conflicts';
import { t } from '../../i18n';
import type { CurrentActor } from '../settings';
import { recordLabel, serverTitle, valueLines } from './conflict-view';
import type { ConflictItem } from './use-conflicts';

const text = t.status.conflictList;

function Value({ title, lines, testId }: { readonly title: string; readonly lines: readonly string[]; readonly testId: string }) {
  return (
    <Box sx={{ flex: '1 1 260px', minWidth: 0, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid={testId}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>{title}</Typography>
      {lines.map((line, i) => (
        <Typography key={`${String(i)}-${line}`} sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{line}</Typography>
      ))}
    </Box>
  );
}

export function ConflictCard({ item, db, actor }: { readonly item: ConflictItem; readonly db: VerikopDb; readonly actor: CurrentActor | undefined }) {
  const { conflict: c, file } = item;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // The server version the person has looked at: the one the card opened with, until they confirm a newer one.
  const [seenVersion, setSeenVersion] = useState(c.server.version);
  const serverChanged = c.server.version !== seenVersion;
  const documents = file?.application.documents ?? [];
  const what = recordLabel(c);
  const choose = (choice: 'mine' | 'server'): void => {
    if (actor === undefined) return;
    setBusy(true);
    setError(undefined);
    resolveConflict(db, actor, c.id, choice, seenVersion).then(
      () => { setBusy(false); },
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  const headingId = `conflict-${c.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId} sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      <Box>
        <Typography id={headingId} variant="h3" component="h2" sx={{ overflowWrap: 'anywhere' }}>{what}</Typography>
        <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {file === undefined ? text.unknownFile(c.applicationId) : text.file(file.applicantName, file.registrationNumber)} · {text.detected(formatInstantWita(c.detectedAt))}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Value title={text.mine} lines={valueLines(c.field, c.client, documents)} testId="conflict-mine" />
        <Value title={serverTitle(c.server, actor)} lines={valueLines(c.field, c.server.value, documents)} testId="conflict-server" />
      </Box>
      {serverChanged && (
        <Alert
          severity="warning"
          role="alert"
          data-testid="conflict-server-changed"
          action={
            <Button color="inherit" onClick={() => { setSeenVersion(c.server.version); setError(undefined); }}>{text.serverChangedSeen}</Button>
          }
        >
          {text.serverChanged}
        </Alert>
      )}
      {error !== undefined && <Alert severity="error" role="alert">{text.failed} {error}</Alert>}
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={busy || actor === undefined} aria-label={text.keepMineFor(what)} onClick={() => { choose('mine'); }}>{text.keepMine}</Button>
        <Button variant="outlined" disabled={busy || actor === undefined} aria-label={text.keepServerFor(what)} onClick={() => { choose('server'); }}>{text.keepServer}</Button>
      </Box>
    </Paper>
  );
}
