// A failure the person can read and act on: what went wrong (the message from main, already in
// Indonesian) and, when it makes sense, a button to try again.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ContractError } from '../../common/contract';
import { t } from '../i18n';

export interface ErrorNoticeProps {
  readonly title: string;
  readonly error: ContractError;
  readonly onRetry?: () => void;
}

export function ErrorNotice({ title, error, onRetry }: ErrorNoticeProps) {
  return (
    <Alert
      severity="error"
      variant="outlined"
      data-error-code={error.code}
      action={
        onRetry === undefined ? undefined : (
          <Button color="inherit" variant="outlined" size="small" onClick={onRetry} sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
            {t.common.retry}
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {error.message}
    </Alert>
  );
}
