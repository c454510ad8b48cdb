// While no profile is stored, a small link in the app bar to the first run; it disappears once
// the profile is saved. Work is never blocked by it: the app is usable before the first run.
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import Button from '@mui/material/Button';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { settingsPaths } from './paths';
import { useSettings } from './use-settings';

export function FirstRunReminder() {
  const settings = useSettings();
  if (settings.status !== 'ready' || settings.profile !== undefined) return null;
  return (
    <Button
      href={hrefTo(settingsPaths.firstRun)}
      size="small"
      variant="contained"
      color="warning"
      startIcon={<PersonAddAltOutlined aria-hidden />}
      aria-label={t.settings.firstRun.reminderLabel}
      sx={{ whiteSpace: 'nowrap', bgcolor: '#fff3d6', color: '#5c3200', '&:hover': { bgcolor: '#ffe7b0' } }}
    >
      {t.settings.firstRun.reminder}
    </Button>
  );
}
