// Sending the file to the supervisor, once the documents are made from the current findings.
import Send from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { t } from '../../i18n';

const text = t.workspace.decision;

interface SubmitProps {
  readonly ready: boolean;
  readonly busy: boolean;
  readonly submitted: boolean;
  readonly error: string | undefined;
  readonly onSubmit: () => void;
}

export function SubmitPanel({ ready, busy, submitted, error, onSubmit }: SubmitProps) {
  if (submitted) {
    return (
      <Alert severity="success" variant="outlined" role="status">
        {text.submitted}
      </Alert>
    );
  }
  return (
    <Paper component="section" aria-label={text.submit} sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      {!ready && (
        <Alert severity="info" role="note">
          {text.submitNeeds}
        </Alert>
      )}
      {error !== undefined && (
        <Alert severity="error" variant="outlined" role="alert">
          <strong>{text.submitFailed}</strong> {error}
        </Alert>
      )}
      <Box>
        <Button variant="contained" color="secondary" startIcon={<Send />} disabled={!ready || busy} onClick={onSubmit}>
          {busy ? text.submitting : text.submit}
        </Button>
      </Box>
    </Paper>
  );
}
