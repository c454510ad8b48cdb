// The security policy of the Electron shell as plain data and pure functions, so that Node unit
// tests can check it without the Electron binary. security.ts applies it; nothing here imports
// 'electron' at runtime.
import { electronWire } from '../../common/contract';
import { contentSecurityPolicy as buildContentSecurityPolicy } from '../services/security/csp';

/** The app's own origin: the renderer is served only from `app://verikop/`. */
export const appScheme = 'app';
export const appHost = 'verikop';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** The page's CSP, sent as a header with every app:// response (see services/security/csp.ts). */
export const contentSecurityPolicy = buildContentSecurityPolicy({ vaultSource: `${electronWire.vaultScheme}:` });

/** Vault files are data, never documents: if one is ever rendered on its own, it runs nothing. */
export const vaultContentSecurityPolicy = "default-src 'none'; sandbox";

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// `URL.origin` is "null" for schemes Node does not know, so the parts are compared one by one.
const isOrigin = (u: URL, scheme: string, host: string): boolean =>
  u.protocol === `${scheme}:` && u.host === host && u.username === '' && u.password === '';

/** True only for URLs of the app's own origin (`app://verikop/...`). */
export const isAppUrl = (url: string): boolean => {
  const u = parseUrl(url);
  return u !== undefined && isOrigin(u, appScheme, appHost);
};

/** Navigation (will-navigate, will-redirect, will-frame-navigate) stays inside the app. */
export const isAllowedNavigation = isAppUrl;

/** The part of a URL that is safe to log: scheme and host, never path or query (tokens). */
export const urlForLog = (url: string): string => {
  const u = parseUrl(url);
  return u === undefined ? '(URL tidak valid)' : `${u.protocol}//${u.host}`;
};

export interface SenderFrame {
  readonly url: string;
  /** True when the frame is the top frame of its page (not an iframe). */
  readonly isMainFrame: boolean;
}

/**
 * IPC is answered only for the main frame of a page from the app's own origin: an iframe, a page
 * that somehow navigated elsewhere, or a destroyed frame (null) is refused.
 */
export const isTrustedSender = (frame: SenderFrame | null): boolean =>
  frame !== null && frame.isMainFrame && isAppUrl(frame.url);

/** The web permissions a page may be granted: none (camera, notifications, geolocation, …). */
export const isPermissionGranted = (_permission: string): boolean => false;
