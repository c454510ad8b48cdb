// What the supervisor can do with the file now, as the domain allows it for their role and the
// file's state: approve and sign (or only sign, once approved), or return with a reason. The
// buttons carry their shortcuts (aria-keyshortcuts) and the dialogs do the work.
import Draw from '@mui/icons-material/DrawOutlined';
import Undo from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { availableActions, workflowStateLabels, type WorkflowState } from '../../../common/domain';
import { t } from '../../i18n';
import { hrefTo } from '../../app/router';
import { settingsPaths, type CurrentActor } from '../settings';

const text = t.approvals;

export type ReviewDialog = 'sign' | 'return' | undefined;

interface ReviewActionsProps {
  readonly state: WorkflowState;
  readonly actor: CurrentActor | undefined;
  readonly done: WorkflowState | undefined;
  readonly onOpen: (dialog: Exclude<ReviewDialog, undefined>) => void;
}

/** Which buttons the file offers: supervisors by the domain's table; anyone else sees them refused on use. */
export function reviewButtons(state: WorkflowState): { readonly sign: boolean; readonly signOnly: boolean; readonly ret: boolean } {
  const allowed = availableActions(state, 'supervisor');
  return { sign: allowed.includes('approve') || allowed.includes('sign'), signOnly: !allowed.includes('approve') && allowed.includes('sign'), ret: allowed.includes('return_to_verifier') };
}

export function ReviewActions({ state, actor, done, onOpen }: ReviewActionsProps) {
  const buttons = reviewButtons(state);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {done !== undefined && <Alert severity="success" role="status">{text.actions.done(workflowStateLabels[done])}</Alert>}
      {actor === undefined && (
        <Alert severity="warning" action={<Button color="inherit" href={hrefTo(settingsPaths.firstRun)}>{t.settings.firstRun.reminder}</Button>}>
          {text.review.needProfile}
        </Alert>
      )}
      {!buttons.sign && !buttons.ret ? (
        done === undefined && <Alert severity="info">{text.review.readOnly(workflowStateLabels[state])}</Alert>
      ) : (
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
          {buttons.sign && (
            <Button variant="contained" startIcon={<Draw />} aria-keyshortcuts="T" disabled={actor === undefined} onClick={() => { onOpen('sign'); }}>
              {buttons.signOnly ? text.actions.sign : text.actions.approveAndSign}
            </Button>
          )}
          {buttons.ret && (
            <Button variant="outlined" color="warning" startIcon={<Undo />} aria-keyshortcuts="K" disabled={actor === undefined} onClick={() => { onOpen('return'); }}>
              {text.actions.return}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
