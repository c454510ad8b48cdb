// Hash routing: the address after '#' names the screen (`#/tentang`, later `#/berkas/123`).
// Hash changes never load a page, so nothing leaves the app's origin and Electron's navigation
// guard has nothing to allow.
import { useSyncExternalStore } from 'react';

export type RouteParams = Readonly<Record<string, string>>;

/**
 * Matches `/berkas/:id` against `/berkas/123` → `{ id: '123' }`; undefined when it does not
 * match. Parameters are single segments, decoded.
 */
export function matchPath(pattern: string, path: string): RouteParams | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

/** The path in a location hash: `#/tentang?x` → `/tentang`; empty → `/`. */
export function pathFromHash(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}

/** href for a link to a path inside the app. */
export const hrefTo = (path: string): string => `#${path}`;

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
};

/** The current path; re-renders the caller when it changes. */
export const useCurrentPath = (): string => useSyncExternalStore(subscribe, () => pathFromHash(window.location.hash));

export function navigate(path: string): void {
  window.location.hash = path;
}

/**
 * Sends the bare address ('/') on to `home`, replacing it in the history so Back does not return
 * to it. Reads the address as it is now, not as last rendered: an address set between a render
 * and its effect (a link, a typed path, a test opening `#/impor` just after load) must win.
 */
export function leaveBareAddress(home: string, location: Pick<Location, 'hash' | 'replace'> = window.location): void {
  if (pathFromHash(location.hash) === '/') location.replace(hrefTo(home));
}
