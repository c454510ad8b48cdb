// The supervisor's review of one file: the recommendation and the verifier's findings (read
// only) with the history on the left, the generated PDFs in the viewer on the right, and the two
// decisions — approve and sign, or return with a reason — with their shortcuts.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { asFinding } from '../../db/findings';
import { decideApplication, type Finding, type WorkflowState } from '../../../common/domain';
import { hrefTo, navigate } from '../../app/router';
import type { ApplicationRow } from '../../db/rows';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { FileHeader, useHistory } from '../dossier';
import type { Workspace } from '../intake';
import { useCurrentActor } from '../settings';
import { approveAndSign, returnToVerifier, type ActionResult, type SigningPort } from './actions';
import { FindingsReview } from './FindingsReview';
import { HistoryList } from './HistoryList';
import { RecommendationSummary } from './RecommendationSummary';
import { ReturnDialog } from './ReturnDialog';
import { ReviewActions, type ReviewDialog } from './ReviewActions';
import { ReviewDocuments } from './ReviewDocuments';
import { latestSubmission, reviewDocuments, viewerDocuments } from './review-model';
import { useReviewKeys } from './review-keys';
import { SignatureCheck } from './SignatureCheck';
import { SignDialog } from './SignDialog';
import { approvalPaths } from './paths';
import { useNextInQueue } from './use-next-in-queue';
import { useReviewRecords, type ReviewRecords } from './use-review-records';

const text = t.approvals.review;

const signing: SigningPort = {
  unsignedFields: async (sha256) => {
    const answer = await api.call('signing.verify', { sha256 });
    return answer.ok ? { ok: true, value: answer.value.unsignedFields } : answer;
  },
  sign: (input) => api.call('signing.sign', input),
};

function Body({ workspace, row, records }: { readonly workspace: Workspace; readonly row: ApplicationRow; readonly records: ReviewRecords }) {
  const actorState = useCurrentActor();
  const actor = actorState.status === 'ready' ? actorState.actor : undefined;
  const history = useHistory(workspace.db, row.id);
  const nextId = useNextInQueue(workspace.db, row.id);
  const docs = reviewDocuments(records.documents);
  const shownList = viewerDocuments(docs);
  const [shownId, setShownId] = useState<string>();
  const [dialog, setDialog] = useState<ReviewDialog>();
  const [done, setDone] = useState<WorkflowState>();
  const shown = shownList.find((d) => d.id === shownId) ?? shownList[0];
  const findings = records.findings.map(asFinding).filter((f): f is Finding => f !== undefined);
  const computed = decideApplication(row.application, findings, workspace.today);
  const submission = latestSubmission(history);

  const finish = (result: ActionResult): ActionResult => {
    if (result.ok) {
      setDialog(undefined);
      setDone(result.state);
      // After signing, the signed letter (first in the list) is what the supervisor wants to see.
      if (result.state === 'signed') setShownId(undefined);
    }
    return result;
  };
  const canAct = actor !== undefined && (row.state === 'awaiting_approval' || row.state === 'approved');
  useReviewKeys({
    sign: canAct ? () => { setDialog('sign'); } : undefined,
    return: canAct && row.state === 'awaiting_approval' ? () => { setDialog('return'); } : undefined,
    nextDocument: () => {
      const i = shown === undefined ? -1 : shownList.indexOf(shown);
      const next = shownList[(i + 1) % Math.max(1, shownList.length)];
      if (next !== undefined) setShownId(next.id);
    },
    nextFile: nextId === undefined ? undefined : () => { navigate(approvalPaths.review(nextId)); },
  });

  return (
    <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(360px, 460px) minmax(0, 1fr)', gap: 2 }}>
      <Box component="section" aria-label={text.title} tabIndex={0} sx={{ overflow: 'auto', minHeight: 0, pr: 0.5, display: 'grid', alignContent: 'start', gap: 1.5 }}>
        <ReviewActions state={row.state} actor={actor} done={done} onOpen={setDialog} />
        <Typography variant="body2" color="text.secondary">{text.keys}</Typography>
        <RecommendationSummary submitted={submission?.step.recommendation} computed={computed} reason={records.reason} />
        {docs.signedLetter !== undefined && (
          <Paper sx={{ p: 1.5 }}>
            <SignatureCheck sha256={docs.signedLetter.sha256} />
          </Paper>
        )}
        <HistoryList history={history} me={actor} />
        <FindingsReview findings={records.findings} documents={row.application.documents} />
      </Box>
      <ReviewDocuments documents={shownList} shown={shown} onShow={setShownId} />
      <SignDialog
        open={dialog === 'sign' && actor !== undefined}
        signOnly={row.state === 'approved'}
        onClose={() => { setDialog(undefined); }}
        onSign={async (certificateId, passphrase) =>
          actor === undefined ? { ok: false, message: text.needProfile } : finish(await approveAndSign(workspace.db, signing, { applicationId: row.id, actor, letter: docs.letter, certificateId, passphrase }))
        }
      />
      <ReturnDialog
        open={dialog === 'return' && actor !== undefined}
        onClose={() => { setDialog(undefined); }}
        onReturn={async (reason) => (actor === undefined ? { ok: false, message: text.needProfile } : finish(await returnToVerifier(workspace.db, actor, row.id, reason)))}
      />
    </Box>
  );
}

export function Review({ workspace, row }: { readonly workspace: Workspace; readonly row: ApplicationRow }) {
  const records = useReviewRecords(workspace.db, row.id);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: 'calc(100vh - 112px)', minHeight: 560 }}>
      <FileHeader row={row} calendar={workspace.calendar} today={workspace.today} back={{ href: hrefTo(approvalPaths.queue), label: text.back }} />
      {records.status === 'error' && <Alert severity="error">{records.message}</Alert>}
      {records.status === 'ready' && <Body workspace={workspace} row={row} records={records} />}
    </Box>
  );
}
