// What the pane shows instead of a page: loading, or why the document cannot be shown. Never a
// blank pane.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { DocumentFailure } from './load-errors';
import { failureReason, viewerText } from './messages';

export function ViewerLoading(): ReactNode {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 3 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography variant="body2">{viewerText.loading}</Typography>
    </Box>
  );
}

export function ViewerFailure({ failure }: { readonly failure: DocumentFailure }): ReactNode {
  return (
    <Alert severity="error" sx={{ maxWidth: 560 }}>
      <AlertTitle>{viewerText.failureTitle}</AlertTitle>
      {failureReason(failure)}
    </Alert>
  );
}
