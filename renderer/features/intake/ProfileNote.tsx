// Who the work is recorded under. While there is no sign-in this is the device's local profile,
// and the note says so, so nobody mistakes it for a server account.
import PersonOutline from '@mui/icons-material/PersonOutlined';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import type { CurrentUser } from './workspace';

export function ProfileNote({ user }: { readonly user: CurrentUser }) {
  const text = (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: 'text.secondary' }} data-testid="profile">
      <PersonOutline fontSize="small" aria-hidden />
      <Typography component="span" variant="body2">
        {t.workspace.profile.signedInAs}: <strong>{user.name}</strong>
      </Typography>
    </Box>
  );
  return user.local ? (
    <Tooltip title={t.workspace.profile.localHint}>
      <Box component="span" tabIndex={0} aria-label={`${t.workspace.profile.signedInAs}: ${user.name}. ${t.workspace.profile.localHint}`}>
        {text}
      </Box>
    </Tooltip>
  ) : (
    text
  );
}
