// A bug in a screen must not leave a blank window: say what happened and offer a reload. Data
// already written to IndexedDB or the vault is untouched by a rendering error.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';

interface State {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Box sx={{ p: 4, maxWidth: 720 }}>
        <Alert
          severity="error"
          variant="outlined"
          action={
            <Button
              color="inherit"
              onClick={() => {
                window.location.reload();
              }}
            >
              {t.common.reload}
            </Button>
          }
        >
          <AlertTitle>{t.crash.title}</AlertTitle>
          {t.crash.body}
        </Alert>
      </Box>
    );
  }
}
