// The requirement checklist: R1–R8, each with what the rule computed and what the verifier
// decided; the selected one opens into its editor. Headings make the list easy to skim with a
// screen reader; the header buttons follow the accordion pattern.
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { requirements, type CalendarDate, type Coordinates, type RequirementId, type RuleResult, type SubmittedDocument } from '../../../common/domain';
import type { FindingDraft } from '../../db/model';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { FindingEditor, OutcomeChip, type Drafts, type LinkTarget } from '../findings';

const text = t.workspace.dossier;

export const headerId = (r: RequirementId): string => `requirement-${r}`;

export interface ChecklistProps {
  readonly results: readonly RuleResult[];
  readonly drafts: Drafts;
  readonly selected: RequirementId;
  readonly verificationDate: CalendarDate;
  readonly editable: boolean;
  readonly documents: readonly SubmittedDocument[];
  readonly target: LinkTarget | undefined;
  /** The planned KCP's position, when the file has one: site photos show their distance to it. */
  readonly kcp: Coordinates | undefined;
  readonly api: Api;
  readonly onSelect: (r: RequirementId) => void;
  readonly onEdit: (r: RequirementId, edit: (d: FindingDraft) => FindingDraft) => void;
  readonly onShow: (documentId: string, page: number) => void;
  readonly onNoteBlur: () => void;
}

export function Checklist(props: ChecklistProps) {
  return (
    <Box component="section" aria-label={text.checklist} sx={{ display: 'grid', gap: 1 }}>
      {requirements.map((req) => {
        const result = props.results.find((r) => r.requirement === req.id);
        const draft = props.drafts.get(req.id);
        if (result === undefined || draft === undefined) return null;
        const open = props.selected === req.id;
        return (
          <Box key={req.id} sx={{ border: 1, borderColor: open ? 'primary.main' : 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
            <Typography component="h2" sx={{ m: 0, fontSize: 'inherit' }}>
              <ButtonBase
                id={headerId(req.id)}
                aria-expanded={open}
                aria-controls={`${headerId(req.id)}-panel`}
                onClick={() => {
                  props.onSelect(req.id);
                }}
                sx={{ width: '100%', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'start', justifyContent: 'stretch', gap: 0.75, p: 1.5, textAlign: 'left', borderRadius: 1, font: 'inherit' }}
              >
                <Box component="span" sx={{ fontWeight: 700 }}>
                  {req.id} · {req.label}
                </Box>
                <Box component="span" sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
                  <OutcomeChip outcome={result.outcome} prefix={text.computedShort} />
                  <OutcomeChip outcome={draft.status} prefix={text.statusShort} />
                </Box>
              </ButtonBase>
            </Typography>
            {open && (
              <Box id={`${headerId(req.id)}-panel`} role="region" aria-labelledby={headerId(req.id)} sx={{ px: 1.5, pb: 2 }}>
                <FindingEditor
                  requirement={req}
                  result={result}
                  draft={draft}
                  verificationDate={props.verificationDate}
                  editable={props.editable}
                  documents={props.documents}
                  target={props.target}
                  kcp={props.kcp}
                  api={props.api}
                  onEdit={(edit) => {
                    props.onEdit(req.id, edit);
                  }}
                  onShow={props.onShow}
                  onNoteBlur={props.onNoteBlur}
                />
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
