// Every screen of the app, in navigation order. To add one: write the screen (in
// renderer/features/<feature>/ for workspace screens), then add a line here. `nav` puts it in the
// left navigation; screens reached from another screen (a dossier by id) leave it out.
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import type { ComponentType, ReactElement } from 'react';
import { t } from '../i18n';
import { documentScreen } from '../features/viewer';
import { AboutScreen } from './about/AboutScreen';
import type { RouteParams } from './router';

export interface AppRoute {
  /** Path after '#'; `:name` segments become params (`/berkas/:id`). */
  readonly path: string;
  readonly title: string;
  readonly nav?: { readonly icon: ReactElement };
  readonly Screen: ComponentType<{ readonly params: RouteParams }>;
}

export const routes: readonly AppRoute[] = [
  { path: '/tentang', title: t.nav.about, nav: { icon: <InfoOutlined /> }, Screen: AboutScreen },
  documentScreen,
];

/** Where the app opens, and where '/' leads. */
export const homePath = '/tentang';
