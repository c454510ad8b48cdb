// Renders a settings form once the settings database is open; a loading line until then, and
// what went wrong (with a reload) when it cannot be opened.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { useSettings, type SettingsState } from './use-settings';

export function SettingsGate({ children }: { readonly children: (settings: Extract<SettingsState, { status: 'ready' }>) => ReactNode }) {
  const settings = useSettings();
  if (settings.status === 'loading') return <Loading />;
  if (settings.status === 'error') {
    return (
      <Alert severity="error" variant="outlined">
        <AlertTitle>{t.settings.loadFailed}</AlertTitle>
        {settings.message}
      </Alert>
    );
  }
  return children(settings);
}
