// The decision for one file: the suggestion and the verifier's recommendation with its warnings,
// the stated reasons, the documents (made and previewed), and the submission for approval.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import type { DocumentKind } from '../../../common/contract/documents';
import { dateParts, decideApplication, evaluateAll, type Finding } from '../../../common/domain';
import { asFinding } from '../../db/findings';
import type { ApplicationRow } from '../../db/rows';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { FileHeader } from '../dossier';
import { editableStates, SaveIndicator } from '../findings';
import { workspacePaths, type Workspace } from '../intake';
import { DecisionSummary } from './DecisionSummary';
import { DocumentsPanel } from './DocumentsPanel';
import { ParticularsForm } from './ParticularsForm';
import { PreviewPane } from './PreviewPane';
import { SubmitPanel } from './SubmitPanel';
import { suggestDecision } from './suggestion';
import { useDecisionActions } from './use-decision-actions';
import { latestDocument, useFileRecords } from './use-file-records';
import { useParticulars } from './use-particulars';
import { useReason } from './use-reason';

const text = t.workspace.decision;

export function DecisionView({ workspace, row }: { readonly workspace: Workspace; readonly row: ApplicationRow }) {
  const app = row.application;
  const editable = editableStates.includes(row.state);
  const records = useFileRecords(workspace.db, app.id);
  const findings = useMemo(() => records.findings.map(asFinding).filter((f): f is Finding => f !== undefined), [records.findings]);
  const results = useMemo(() => evaluateAll(app, workspace.today), [app, workspace.today]);
  const decision = useMemo(() => decideApplication(app, findings, workspace.today), [app, findings, workspace.today]);
  const reason = useReason(workspace, app.id, editable);
  const particulars = useParticulars(app.id, dateParts(workspace.today).year);
  const actions = useDecisionActions(workspace, app, findings, particulars);
  const report = latestDocument(records, 'verification_report');
  const letter = latestDocument(records, 'recommendation_letter');
  const [previewing, setPreviewing] = useState<DocumentKind | undefined>();
  const shown = previewing === 'verification_report' ? report : previewing === 'recommendation_letter' ? letter : undefined;
  const ready = editable && decision.kind !== 'incomplete' && report !== undefined && letter !== undefined && !report.stale && !letter.stale;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: 'calc(100vh - 112px)', minHeight: 560 }}>
      <FileHeader row={row} calendar={workspace.calendar} today={workspace.today} back={{ href: hrefTo(workspacePaths.dossier(app.id)), label: text.back }}>
        <SaveIndicator state={reason.saveState} onRetry={() => void reason.flush()} />
      </FileHeader>
      <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(400px, 540px) minmax(0, 1fr)', gap: 2 }}>
        <Box sx={{ overflow: 'auto', minHeight: 0, display: 'grid', alignContent: 'start', gap: 1.5, pr: 0.5 }}>
          <DecisionSummary suggestion={suggestDecision(results)} decision={decision} />
          <Paper component="section" aria-label={text.reason} sx={{ p: 2 }}>
            <TextField
              label={text.reason}
              helperText={text.reasonHelp}
              multiline
              minRows={3}
              fullWidth
              value={reason.reason}
              disabled={!editable || !reason.loaded}
              onChange={(e) => {
                reason.setReason(e.target.value);
              }}
              onBlur={() => void reason.flush()}
              slotProps={{ htmlInput: { maxLength: 4000, 'data-testid': 'decision-reason' } }}
            />
          </Paper>
          <ParticularsForm particulars={particulars} disabled={!editable || !particulars.loaded} />
          <DocumentsPanel
            report={report}
            letter={letter}
            busy={actions.generating.busy}
            progress={actions.generating.progress}
            disabled={!editable || decision.kind === 'incomplete'}
            problems={actions.generating.problems}
            error={actions.generating.error}
            previewing={previewing}
            onGenerate={() => {
              void actions.generate().then((ok) => {
                if (ok) setPreviewing('recommendation_letter');
              });
            }}
            onPreview={setPreviewing}
          />
          <SubmitPanel
            ready={ready}
            busy={actions.submitting.busy}
            submitted={!editable}
            error={actions.submitting.error}
            onSubmit={() => {
              if (letter === undefined) return;
              void reason.flush().then(() => actions.submit({ decision: decision.kind, reason: reason.reason, letterDocumentId: letter.row.id }));
            }}
          />
        </Box>
        <PreviewPane document={shown?.row} />
      </Box>
    </Box>
  );
}
