// Making the documents: one button composes the Berita Acara and the draft recommendation from
// the findings and the particulars; what is wrong with the particulars is listed by field; each
// made document can be previewed, and a document older than the findings is flagged.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { DocumentKind } from '../../../common/contract/documents';
import { t } from '../../i18n';
import type { DocumentRow } from '../../db/rows';
import type { GenerateProgress } from './use-decision-actions';

const text = t.workspace.decision;

export interface MadeDocument {
  readonly row: DocumentRow;
  readonly stale: boolean;
}

interface PanelProps {
  readonly report: MadeDocument | undefined;
  readonly letter: MadeDocument | undefined;
  readonly busy: boolean;
  readonly progress: GenerateProgress | undefined;
  readonly disabled: boolean;
  readonly problems: readonly string[];
  readonly error: string | undefined;
  readonly previewing: DocumentKind | undefined;
  readonly onGenerate: () => void;
  readonly onPreview: (kind: DocumentKind) => void;
}

const label = (kind: DocumentKind): string => (kind === 'verification_report' ? text.generatedReport : text.generatedLetter);

function Progress({ progress }: { readonly progress: GenerateProgress | undefined }) {
  const percent = progress === undefined ? undefined : Math.round((100 * progress.step) / progress.steps);
  return (
    <Box role="status" sx={{ display: 'grid', gap: 0.5 }}>
      <LinearProgress variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} aria-label={text.generating} />
      {progress !== undefined && (
        <Typography variant="body2" color="text.secondary">
          {text.progress(label(progress.kind), progress.label, progress.step, progress.steps)}
        </Typography>
      )}
    </Box>
  );
}

export function DocumentsPanel(props: PanelProps) {
  const made = [props.report, props.letter].filter((d): d is MadeDocument => d !== undefined);
  return (
    <Paper component="section" aria-labelledby="documents-title" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      <Typography id="documents-title" variant="h3" component="h2">
        {text.generatedReport} · {text.generatedLetter}
      </Typography>
      <Box>
        <Button variant="contained" disabled={props.disabled || props.busy} onClick={props.onGenerate}>
          {props.busy ? text.generating : text.generate}
        </Button>
      </Box>
      {props.busy && <Progress progress={props.progress} />}
      {props.problems.length > 0 && (
        <Alert severity="error" variant="outlined" role="alert">
          <AlertTitle>{text.generateFailed}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </Box>
        </Alert>
      )}
      {props.error !== undefined && (
        <Alert severity="error" variant="outlined" role="alert">
          <AlertTitle>{text.generateFailed}</AlertTitle>
          {props.error}
        </Alert>
      )}
      {made.some((d) => d.stale) && <Alert severity="warning">{text.stale}</Alert>}
      {made.length > 0 && (
        <List dense disablePadding aria-label={text.preview}>
          {made.map((d) => (
            <ListItem
              key={d.row.id}
              disableGutters
              secondaryAction={
                <Button size="small" variant={props.previewing === d.row.kind ? 'contained' : 'outlined'} aria-pressed={props.previewing === d.row.kind} onClick={() => { props.onPreview(d.row.kind); }}>
                  {text.preview}
                </Button>
              }
              sx={{ pr: 14 }}
            >
              <ListItemText primary={label(d.row.kind)} secondary={d.row.fileName} slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
