// The frame around every screen: the app bar with the app and the Dinas, the navigation built
// from the route table, and the current screen.
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { StatusArea } from '../features/status';
import { t } from '../i18n';
import { hrefTo, leaveBareAddress, matchPath, useCurrentPath, type RouteParams } from './router';
import { homePath, routes, type AppRoute } from './routes';
import { useWindowSync } from './use-window-sync';

const navWidth = 248;

function resolve(path: string): { route: AppRoute; params: RouteParams } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}

function NotFound({ path }: { readonly path: string }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
      <Typography variant="h2" component="h1">
        {t.notFound.title}
      </Typography>
      <Typography>{t.notFound.body(path)}</Typography>
      <Button variant="contained" href={hrefTo(homePath)}>
        {t.notFound.back}
      </Button>
    </Box>
  );
}

function Navigation({ path }: { readonly path: string }) {
  return (
    <Drawer
      variant="permanent"
      sx={{ width: navWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: navWidth, boxSizing: 'border-box' } }}
    >
      <Toolbar />
      <Box component="nav" aria-label={t.nav.label}>
        <List>
          {routes.flatMap((route) =>
            route.nav === undefined
              ? []
              : [
                  <ListItem key={route.path} disablePadding>
                    <ListItemButton
                      component="a"
                      href={hrefTo(route.path)}
                      selected={matchPath(route.path, path) !== undefined}
                      aria-current={matchPath(route.path, path) !== undefined ? 'page' : undefined}
                    >
                      <ListItemIcon>{route.nav.icon}</ListItemIcon>
                      <ListItemText primary={route.title} />
                    </ListItemButton>
                  </ListItem>,
                ],
          )}
        </List>
      </Box>
    </Drawer>
  );
}

export function Shell() {
  const path = useCurrentPath();
  const found = path === '/' ? undefined : resolve(path);
  useWindowSync();

  useEffect(() => {
    if (path === '/') leaveBareAddress(homePath);
  }, [path]);
  useEffect(() => {
    document.title = found === undefined ? t.app.name : `${found.route.title} — ${t.app.name}`;
  }, [found]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1.5 }}>
          <FactCheckOutlined aria-hidden />
          <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
            {t.app.name}
          </Typography>
          {/* The office's name gives way (ellipsis) before the status area does, so the bar stays one line. */}
          <Typography component="span" noWrap title={t.app.office} sx={{ ml: 1, pl: 2, borderLeft: 1, borderColor: 'rgba(255,255,255,0.5)', minWidth: 0 }}>
            {t.app.office}
          </Typography>
          <StatusArea />
        </Toolbar>
      </AppBar>
      <Navigation path={path} />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar />
        <Box sx={{ maxWidth: found?.route.wide === true ? 'none' : 960 }}>
          {found !== undefined && <found.route.Screen params={found.params} />}
          {found === undefined && path !== '/' && <NotFound path={path} />}
        </Box>
      </Box>
    </Box>
  );
}
