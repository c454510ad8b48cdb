// The dossier: the requirement checklist beside the document viewer, for one file.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { hrefTo } from '../../app/router';
import type { RouteParams } from '../../app/router';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { WorkspaceGate, workspacePaths, type Workspace } from '../intake';
import { Dossier } from './Dossier';
import { useApplication, type ApplicationState } from './use-application';

const text = t.workspace.dossier;

/** Loads a file by id and renders `children` with it, or says why it cannot. */
export function FileLoader({ workspace, id, children }: { readonly workspace: Workspace; readonly id: string; readonly children: (row: Extract<ApplicationState, { status: 'ready' }>['row']) => ReactNode }) {
  const state = useApplication(workspace.db, id);
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <Alert severity="error">{state.message}</Alert>;
    case 'missing':
      return (
        <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
          <Alert severity="warning" variant="outlined">
            <AlertTitle>{text.notFound(id)}</AlertTitle>
            {text.notFoundHint}
          </Alert>
          <Button variant="contained" href={hrefTo(workspacePaths.inbox)}>
            {text.back}
          </Button>
        </Box>
      );
    case 'ready':
      return children(state.row);
  }
}

export function DossierScreen({ params }: { readonly params: RouteParams }) {
  const id = params.id ?? '';
  return (
    <WorkspaceGate>
      {(workspace) => (
        <FileLoader workspace={workspace} id={id}>
          {(row) => <Dossier key={row.id} workspace={workspace} row={row} />}
        </FileLoader>
      )}
    </WorkspaceGate>
  );
}
