// Everything about one requirement the verifier works with: what it asks, what the rule
// computed, their status, their note and their evidence.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CalendarDate, Coordinates, Requirement, RuleResult, SubmittedDocument } from '../../../common/domain';
import type { FindingDraft } from '../../db/model';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { ComputedResult } from './ComputedResult';
import { withEvidence, withNote, withoutEvidence, withStatus } from './edit';
import { EvidenceList, type LinkTarget } from './EvidenceList';
import { photoRef } from './photo-facts';
import { StatusChoice } from './StatusChoice';

const text = t.workspace.finding;

export interface FindingEditorProps {
  readonly requirement: Requirement;
  readonly result: RuleResult;
  readonly draft: FindingDraft;
  readonly verificationDate: CalendarDate;
  readonly editable: boolean;
  readonly documents: readonly SubmittedDocument[];
  readonly target: LinkTarget | undefined;
  /** The planned KCP's position, when the file has one. */
  readonly kcp?: Coordinates;
  /** Main, for site photos (taken in, shown from the vault). */
  readonly api: Api;
  readonly onEdit: (edit: (draft: FindingDraft) => FindingDraft) => void;
  readonly onShow: (documentId: string, page: number) => void;
  /** Leaving the note saves at once (no waiting for the pause). */
  readonly onNoteBlur: () => void;
}

export function FindingEditor(props: FindingEditorProps) {
  const { requirement, result, draft, editable, onEdit } = props;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {requirement.help}
      </Typography>
      <ComputedResult result={result} />
      <StatusChoice
        requirement={requirement.id}
        status={draft.status}
        computed={result.outcome}
        editable={editable}
        onChoose={(status) => {
          onEdit((d) => withStatus(d, status, result, props.verificationDate));
        }}
      />
      <TextField
        label={text.note}
        helperText={text.noteHelp}
        multiline
        minRows={3}
        maxRows={10}
        value={draft.note}
        disabled={!editable}
        onChange={(e) => {
          const note = e.target.value;
          onEdit((d) => withNote(d, note));
        }}
        onBlur={props.onNoteBlur}
        slotProps={{ htmlInput: { maxLength: 4000, 'data-testid': `note-${requirement.id}` } }}
      />
      <EvidenceList
        evidence={draft.evidence}
        documents={props.documents}
        editable={editable}
        target={props.target}
        kcp={props.kcp}
        api={props.api}
        onLink={(target) => {
          onEdit((d) => withEvidence(d, { kind: 'document', documentId: target.documentId, page: target.page }));
        }}
        onPhotos={(photos) => {
          // Pinned like a page: the finding's autosave writes record, evidence index, audit and outbox together.
          onEdit((d) => photos.reduce((draft, photo) => withEvidence(draft, photoRef(photo)), d));
        }}
        onShow={props.onShow}
        onRemove={(index) => {
          onEdit((d) => withoutEvidence(d, index));
        }}
      />
    </Box>
  );
}
