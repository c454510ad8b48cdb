// What the pane shows instead of a page: loading, or why the document cannot be shown. Never a
// blank pane.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { Loading } from '../../ui/Loading';
import type { DocumentFailure } from './load-errors';
import { failureReason, viewerText } from './messages';

export function ViewerLoading(): ReactNode {
  return <Loading label={viewerText.loading} />;
}

export function ViewerFailure({ failure }: { readonly failure: DocumentFailure }): ReactNode {
  return (
    <Alert severity="error" variant="outlined" data-failure={failure.kind} sx={{ maxWidth: 560, bgcolor: 'background.paper' }}>
      <AlertTitle>{viewerText.failureTitle}</AlertTitle>
      {failureReason(failure)}
    </Alert>
  );
}
