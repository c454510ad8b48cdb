// The renderer's root: theme, baseline styles, the crash guard and the shell.
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { theme } from './theme';

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <Shell />
      </ErrorBoundary>
    </ThemeProvider>
  );
}
