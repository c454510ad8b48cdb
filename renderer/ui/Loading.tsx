// Shown while something is on its way; announced to screen readers.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { t } from '../i18n';

export function Loading({ label = t.common.loading }: { readonly label?: string }) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 2 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
