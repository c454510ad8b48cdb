// What became of the last save of a settings form: saving, saved, or why not.
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { t } from '../../i18n';

export type SaveState = { readonly status: 'idle' | 'saving' | 'saved' } | { readonly status: 'failed'; readonly message: string };

export function useSaveOutcome() {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const run = useCallback(async (save: () => Promise<unknown>): Promise<boolean> => {
    setState({ status: 'saving' });
    try {
      await save();
      setState({ status: 'saved' });
      return true;
    } catch (e) {
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }, []);
  const reset = useCallback(() => {
    setState((s) => (s.status === 'saving' ? s : { status: 'idle' }));
  }, []);
  return { state, run, reset };
}

export function SaveOutcome({ state }: { readonly state: SaveState }) {
  if (state.status === 'saved') {
    return (
      <Typography role="status" sx={{ color: 'success.main', fontWeight: 600 }}>
        {t.settings.saved}
      </Typography>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert severity="error" role="alert" sx={{ flex: '1 1 100%' }}>
        {t.settings.saveFailed} {state.message}
      </Alert>
    );
  }
  return null;
}
