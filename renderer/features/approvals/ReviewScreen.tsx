// Route entry of the review: the workspace, then the file by id (or why it cannot be shown).
import type { RouteParams } from '../../app/router';
import { FileLoader } from '../dossier';
import { WorkspaceGate } from '../intake';
import { Review } from './Review';

export function ReviewScreen({ params }: { readonly params: RouteParams }) {
  const id = params.id ?? '';
  return (
    <WorkspaceGate>
      {(workspace) => (
        <FileLoader workspace={workspace} id={id}>
          {(row) => <Review key={row.id} workspace={workspace} row={row} />}
        </FileLoader>
      )}
    </WorkspaceGate>
  );
}
