// The server's address as a person types it, checked and normalised once. Tokens and findings
// travel to it, so it must be https — except a server on this very computer (development, the
// tests, a Dinas laptop serving itself), where nothing crosses a network.
import { SyncFailure, syncMessages as m } from './messages';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isLoopbackHost = (hostname: string): boolean => loopbackHosts.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);

/** `https://host[:port][/prefix]` without a trailing slash, or a `sync_server_url` failure. */
export function normaliseServerUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new SyncFailure('sync_server_url', m.urlInvalid(text));
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new SyncFailure('sync_server_url', m.urlScheme);
  }
  if (url.username !== '' || url.password !== '') throw new SyncFailure('sync_server_url', m.urlCredentials);
  if (url.search !== '' || url.hash !== '') throw new SyncFailure('sync_server_url', m.urlExtra);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
