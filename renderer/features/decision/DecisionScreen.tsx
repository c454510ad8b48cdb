// The decision screen of one file, reached from its dossier.
import type { RouteParams } from '../../app/router';
import { FileLoader } from '../dossier';
import { WorkspaceGate } from '../intake';
import { DecisionView } from './Decision';

export function DecisionScreen({ params }: { readonly params: RouteParams }) {
  const id = params.id ?? '';
  return (
    <WorkspaceGate>
      {(workspace) => (
        <FileLoader workspace={workspace} id={id}>
          {(row) => <DecisionView key={row.id} workspace={workspace} row={row} />}
        </FileLoader>
      )}
    </WorkspaceGate>
  );
}
