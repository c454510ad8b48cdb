// The verifier's inbox: the files assigned to them, most urgent first, with search and filters.
import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { hrefTo } from '../../app/router';
import { t } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { ProfileNote, WorkspaceGate, workspacePaths, type Workspace } from '../intake';
import { FirstRunChoice } from '../settings';
import { inboxQuery, isFiltered, useInboxFilters } from './filters';
import { InboxFilterBar } from './InboxFilterBar';
import { InboxList } from './InboxList';
import { useInboxPages } from './use-inbox-pages';

const text = t.workspace.inbox;

function Inbox({ workspace }: { readonly workspace: Workspace }) {
  const filters = useInboxFilters();
  const pages = useInboxPages(workspace.db, inboxQuery(filters, { assignee: workspace.user.userId, calendar: workspace.calendar, today: workspace.today }));
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ProfileNote user={workspace.user} />
        <Typography sx={{ ml: 'auto', fontWeight: 600 }} role="status" data-testid="inbox-count">
          {pages.total === undefined ? '' : text.count(pages.total)}
        </Typography>
      </Box>
      <InboxFilterBar />
      {pages.error !== undefined && (
        <Alert severity="error" variant="outlined" action={<Button color="inherit" variant="outlined" size="small" onClick={pages.reload}>{t.common.retry}</Button>}>
          {text.failed} {pages.error}
        </Alert>
      )}
      {pages.total === undefined && pages.error === undefined && <Loading />}
      {pages.total === 0 && <Typography sx={{ py: 2 }}>{isFiltered(filters) ? text.emptyFiltered : text.empty}</Typography>}
      {/* A device nobody has set up yet: the ways in, where a new person looks first. */}
      {pages.total === 0 && !isFiltered(filters) && <FirstRunChoice />}
      {pages.total !== undefined && pages.total > 0 && <InboxList pages={pages} total={pages.total} calendar={workspace.calendar} today={workspace.today} />}
    </>
  );
}

export function InboxScreen() {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h2" component="h1" sx={{ flexGrow: 1 }}>
          {text.title}
        </Typography>
        <Button variant="outlined" startIcon={<Add />} href={hrefTo(workspacePaths.intake)}>
          {text.importLink}
        </Button>
      </Box>
      <WorkspaceGate>{(workspace) => <Inbox workspace={workspace} />}</WorkspaceGate>
    </Box>
  );
}
