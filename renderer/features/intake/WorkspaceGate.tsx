// Renders a workspace screen once the local database is open; until then a loading line, and
// when storage is refused, what happened and a retry.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { useWorkspace, type Workspace } from './use-workspace';

export function WorkspaceGate({ children }: { readonly children: (workspace: Workspace) => ReactNode }) {
  const state = useWorkspace();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <Alert
        severity="error"
        variant="outlined"
        action={
          <Button color="inherit" variant="outlined" size="small" onClick={state.retry}>
            {t.common.retry}
          </Button>
        }
      >
        <AlertTitle>{t.workspace.db.openFailed}</AlertTitle>
        {t.workspace.db.openFailedHint} ({state.detail})
      </Alert>
    );
  }
  return children(state.workspace);
}
