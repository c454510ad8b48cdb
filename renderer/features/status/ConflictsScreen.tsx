// Conflicts to resolve: every field the server kept while this device had changed it too.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { hrefTo } from '../../app/router';
import type { VerikopDb } from '../../db/database';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { WorkspaceGate } from '../intake';
import { settingsPaths, useCurrentActor } from '../settings';
import { ConflictCard } from './ConflictCard';
import { useConflicts } from './use-conflicts';

const text = t.status.conflictList;

function Conflicts({ db }: { readonly db: VerikopDb }) {
  const state = useConflicts(db);
  const actor = useCurrentActor();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Alert severity="error">{text.loadFailed} {state.message}</Alert>;
  if (state.items.length === 0) return <Alert severity="success" role="status">{text.empty}</Alert>;
  return (
    <>
      {actor.status === 'missing' && (
        <Alert severity="warning" action={<Button color="inherit" href={hrefTo(settingsPaths.firstRun)}>{t.settings.firstRun.reminder}</Button>}>
          {text.needProfile}
        </Alert>
      )}
      {state.items.map((item) => (
        <ConflictCard key={item.conflict.id} item={item} db={db} actor={actor.status === 'ready' ? actor.actor : undefined} />
      ))}
    </>
  );
}

export function ConflictsScreen() {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" component="h1">{text.title}</Typography>
      <Typography>{text.intro}</Typography>
      <WorkspaceGate>{(workspace) => <Conflicts db={workspace.db} />}</WorkspaceGate>
    </Box>
  );
}
