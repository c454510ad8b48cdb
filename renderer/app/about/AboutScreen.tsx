// What is running: version, where the data lives, and which door (desktop app or web host) —
// the first thing support asks. Read from main through the contract, never assumed.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { CallOutput, Calls } from '../../../common/contract';
import { t } from '../../i18n';
import { useCall } from '../../platform/use-call';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';

type AppInfo = CallOutput<Calls, 'app.info'>;

function InfoList({ info }: { readonly info: AppInfo }) {
  const rows: readonly (readonly [string, string, string])[] = [
    ['version', t.about.version, info.version],
    ['data-dir', t.about.dataDir, info.dataDir],
    ['host', t.about.host, info.host === 'electron' ? t.about.hostElectron : t.about.hostWeb],
  ];
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.5, m: 0 }}>
      {rows.map(([key, label, value]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
          <Typography component="dd" data-field={key} sx={{ m: 0, overflowWrap: 'anywhere', fontFamily: key === 'data-dir' ? 'monospace' : undefined }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

export function AboutScreen() {
  const info = useCall('app.info', {});
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" component="h1">
        {t.about.title}
      </Typography>
      <Typography>{t.about.intro}</Typography>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t.app.name}
        </Typography>
        {info.status === 'loading' && <Loading />}
        {info.status === 'ok' && <InfoList info={info.value} />}
        {info.status === 'error' && <ErrorNotice title={t.about.failed} error={info.error} onRetry={info.retry} />}
      </Paper>
    </Box>
  );
}
