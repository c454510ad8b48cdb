// Every screen of the app, in navigation order. To add one: write the screen (in
// renderer/features/<feature>/ for workspace screens), then add a line here. `nav` puts it in the
// left navigation; screens reached from another screen (a dossier by id) leave it out.
import ApprovalOutlined from '@mui/icons-material/ApprovalOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import MoveToInboxOutlined from '@mui/icons-material/MoveToInboxOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import type { ComponentType, ReactElement } from 'react';
import { t } from '../i18n';
import { documentScreen } from '../features/viewer';
import { ApprovalQueueScreen, ReviewScreen, approvalPaths } from '../features/approvals';
import { DecisionScreen } from '../features/decision';
import { DossierScreen } from '../features/dossier';
import { InboxScreen } from '../features/inbox';
import { IntakeScreen, workspacePaths } from '../features/intake';
import { FirstRunScreen, SettingsScreen, settingsPaths } from '../features/settings';
import { ConflictsScreen, StatusScreen, statusPaths } from '../features/status';
import { AboutScreen } from './about/AboutScreen';
import type { RouteParams } from './router';

export interface AppRoute {
  /** Path after '#'; `:name` segments become params (`/berkas/:id`). */
  readonly path: string;
  readonly title: string;
  readonly nav?: { readonly icon: ReactElement };
  /** Screens that lay things side by side (checklist beside a document) use the full width. */
  readonly wide?: boolean;
  readonly Screen: ComponentType<{ readonly params: RouteParams }>;
}

export const routes: readonly AppRoute[] = [
  { path: workspacePaths.inbox, title: t.workspace.inbox.nav, nav: { icon: <InboxOutlined /> }, Screen: InboxScreen },
  { path: workspacePaths.intake, title: t.workspace.intake.nav, nav: { icon: <MoveToInboxOutlined /> }, Screen: IntakeScreen },
  { path: workspacePaths.dossierPattern, title: t.workspace.dossier.title, wide: true, Screen: DossierScreen },
  { path: workspacePaths.decisionPattern, title: t.workspace.decision.title, wide: true, Screen: DecisionScreen },
  { path: approvalPaths.queue, title: t.approvals.queue.nav, nav: { icon: <ApprovalOutlined /> }, Screen: ApprovalQueueScreen },
  { path: approvalPaths.reviewPattern, title: t.approvals.review.title, wide: true, Screen: ReviewScreen },
  { path: statusPaths.status, title: t.status.screen.nav, nav: { icon: <SyncOutlined /> }, Screen: StatusScreen },
  { path: statusPaths.conflicts, title: t.status.conflictList.nav, Screen: ConflictsScreen },
  { path: settingsPaths.settings, title: t.settings.nav, nav: { icon: <SettingsOutlined /> }, Screen: SettingsScreen },
  { path: settingsPaths.firstRun, title: t.settings.firstRun.nav, Screen: FirstRunScreen },
  { path: '/tentang', title: t.nav.about, nav: { icon: <InfoOutlined /> }, Screen: AboutScreen },
  documentScreen,
];

/** Where the app opens, and where '/' leads: the files waiting for this person, the screen a verifier starts the day on. */
export const homePath = workspacePaths.inbox;
