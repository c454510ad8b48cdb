// Bringing application packets in: from the inbox folder (both doors) or, in the desktop app,
// from anywhere on disk through main's file dialog. The renderer never names a path itself.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { InboxFolderList } from './InboxFolderList';
import { ImportStatus } from './ImportStatus';
import { ProfileNote } from './ProfileNote';
import { usePacketImport } from './use-packet-import';
import type { Workspace } from './use-workspace';
import { WorkspaceGate } from './WorkspaceGate';

const text = t.workspace.intake;

function PickPanel({ busy, onPick }: { readonly busy: boolean; readonly onPick: (kind: 'zip' | 'folder') => void }) {
  return (
    <Paper component="section" aria-labelledby="pick-title" sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
      <Typography id="pick-title" variant="h3" component="h2">
        {text.pickTitle}
      </Typography>
      <Typography>{text.pickIntro}</Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={busy} onClick={() => { onPick('zip'); }}>
          {text.pickZip}
        </Button>
        <Button variant="outlined" disabled={busy} onClick={() => { onPick('folder'); }}>
          {text.pickFolder}
        </Button>
      </Box>
    </Paper>
  );
}

function Intake({ workspace }: { readonly workspace: Workspace }) {
  const { state, run } = usePacketImport(workspace);
  const busy = state.status === 'running';
  return (
    <>
      <ImportStatus state={state} />
      {api.host === 'electron' && (
        <PickPanel
          busy={busy}
          onPick={(kind) => {
            void run(kind === 'zip' ? text.pickZip : text.pickFolder, () => api.call('packets.pickAndImport', { kind }));
          }}
        />
      )}
      <InboxFolderList
        busy={busy}
        onImport={(name) => {
          void run(name, () => api.call('packets.importFromInbox', { name }));
        }}
      />
    </>
  );
}

export function IntakeScreen() {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" component="h1">
        {text.title}
      </Typography>
      <Typography>{text.intro}</Typography>
      <WorkspaceGate>
        {(workspace) => (
          <>
            <ProfileNote user={workspace.user} />
            <Intake workspace={workspace} />
          </>
        )}
      </WorkspaceGate>
    </Box>
  );
}
