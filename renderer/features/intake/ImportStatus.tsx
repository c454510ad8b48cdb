// The running import's progress, then what came of it: the file and a way to open it, or why
// the packet was not imported.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { workspacePaths } from '../../app/paths';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import type { ImportState } from './use-packet-import';

const text = t.workspace.intake;

function Running({ state }: { readonly state: Extract<ImportState, { status: 'running' }> }) {
  const p = state.progress;
  const percent = p !== undefined && p.total > 0 ? Math.round((100 * p.done) / p.total) : undefined;
  return (
    <Box role="status" sx={{ display: 'grid', gap: 1 }}>
      <Typography>
        {text.importing} <strong>{state.name}</strong>
      </Typography>
      <LinearProgress variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} aria-label={text.importing} />
      {p !== undefined && <Typography color="text.secondary">{text.progress(text.phase[p.phase], p.done, p.total)}</Typography>}
    </Box>
  );
}

export function ImportStatus({ state }: { readonly state: ImportState }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <Running state={state} />;
    case 'failed':
      return (
        <Alert severity="error" variant="outlined" role="alert">
          <AlertTitle>
            {state.title} ({state.name})
          </AlertTitle>
          {state.message}
        </Alert>
      );
    case 'done':
      return (
        <Alert
          severity="success"
          variant="outlined"
          role="status"
          action={
            <Button color="inherit" variant="outlined" size="small" href={hrefTo(workspacePaths.dossier(state.row.id))} sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
              {text.open}
            </Button>
          }
        >
          <AlertTitle>{text.imported(state.row.applicantName, state.row.registrationNumber)}</AlertTitle>
          {text.importedFiles(state.packet.storedFiles, state.packet.reusedFiles)}
          {state.packet.warnings.length > 0 && (
            <Box component="section" sx={{ mt: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{text.warningsTitle}</Typography>
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {state.packet.warnings.map((w, i) => (
                  <li key={`${w.code}-${String(i)}`}>{w.fileName === undefined ? w.message : `${w.fileName}: ${w.message}`}</li>
                ))}
              </Box>
            </Box>
          )}
        </Alert>
      );
  }
}
