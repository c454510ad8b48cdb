// One open file: header, checklist with the finding editor, and the documents. Wires the
// keyboard paths and the autosave of findings.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo } from 'react';
import { evaluateAll, requirementIds, workflowStateLabels } from '../../../common/domain';
import type { ApplicationRow } from '../../db/rows';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { editableStates, SaveIndicator, statusesFor, useFindingDrafts, withStatus } from '../findings';
import { workspacePaths, type Workspace } from '../intake';
import { Checklist, headerId } from './Checklist';
import { DocumentPane } from './DocumentPane';
import { FileHeader, ToDecisionButton } from './DossierHeader';
import { useDossierView } from './dossier-view';
import { openReturn } from './history';
import { useDossierKeys } from './use-dossier-keys';
import { useHistory } from './use-history';

const text = t.workspace.dossier;

const focusRequirement = (id: string): void => {
  requestAnimationFrame(() => {
    const header = document.getElementById(id);
    header?.focus();
    header?.scrollIntoView({ block: 'nearest' });
  });
};

export function Dossier({ workspace, row }: { readonly workspace: Workspace; readonly row: ApplicationRow }) {
  const app = row.application;
  const editable = editableStates.includes(row.state);
  const results = useMemo(() => evaluateAll(app, workspace.today), [app, workspace.today]);
  const findings = useFindingDrafts(workspace, app.id, editable);
  const view = useDossierView();
  const returned = openReturn(useHistory(workspace.db, app.id));
  const { open } = view;
  useEffect(() => {
    open(app.id, app.documents);
  }, [open, app.id, app.documents]);

  const doc = app.documents.find((d) => d.id === view.documentId);
  const target = doc === undefined ? undefined : { documentId: doc.id, page: view.page, fileName: doc.fileName };
  const assessed = requirementIds.filter((r) => findings.drafts.get(r)?.status != null).length;

  useDossierKeys((action) => {
    if (action.type === 'requirement') {
      view.step(action.step, app.documents);
      focusRequirement(headerId(useDossierView.getState().requirement));
    } else if (action.type === 'status') {
      const status = statusesFor(view.requirement)[action.index];
      const result = results.find((r) => r.requirement === view.requirement);
      if (status !== undefined && result !== undefined) findings.update(view.requirement, (d) => withStatus(d, status, result, workspace.today));
    } else if (doc !== undefined) {
      const last = doc.pages ?? 1;
      view.setPage(Math.min(last, Math.max(1, view.page + action.step)));
    }
  });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: 'calc(100vh - 112px)', minHeight: 560 }}>
      <FileHeader row={row} calendar={workspace.calendar} today={workspace.today} back={{ href: hrefTo(workspacePaths.inbox), label: text.back }}>
        <SaveIndicator state={findings.saveState} onRetry={() => void findings.flush()} />
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="assessed">
          {text.progress(assessed, requirementIds.length)}
        </Typography>
        <ToDecisionButton id={app.id} />
      </FileHeader>
      {returned !== undefined && (
        <Alert severity="warning" variant="outlined">
          <AlertTitle>{text.returned}</AlertTitle>
          {returned.reason}
        </Alert>
      )}
      {!editable && <Alert severity="info">{text.readOnly(workflowStateLabels[row.state])}</Alert>}
      {findings.status === 'error' && <Alert severity="error">{findings.loadError}</Alert>}
      <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(360px, 440px) minmax(0, 1fr)', gap: 2 }}>
        <Box sx={{ overflow: 'auto', minHeight: 0, pr: 0.5, display: 'grid', alignContent: 'start', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {text.keys}
          </Typography>
          <Checklist
            results={results}
            drafts={findings.drafts}
            selected={view.requirement}
            verificationDate={workspace.today}
            editable={editable && findings.status === 'ready'}
            documents={app.documents}
            target={target}
            kcp={app.subBranch.coordinates}
            api={api}
            onSelect={(r) => {
              view.select(r, app.documents);
            }}
            onEdit={findings.update}
            onShow={view.show}
            onNoteBlur={() => void findings.flush()}
          />
        </Box>
        <DocumentPane documents={app.documents} documentId={view.documentId} page={view.page} onChoose={(id) => { view.show(id, 1); }} onPage={view.setPage} />
      </Box>
    </Box>
  );
}
