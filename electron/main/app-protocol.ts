// Maps `app://verikop/<path>` to a file of the built renderer. Pure (paths and strings only) so
// the traversal rules are unit-tested; protocols.ts does the reading.
import { rendererMediaTypeOf, resolveRendererFile } from '../services/security/renderer-files';
import { appHost, appScheme } from './security-policy';

export type AppAsset =
  | { readonly kind: 'file'; readonly file: string; readonly mediaType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404 };

/** Media type of a renderer file; one table with the web host. */
export const mediaTypeOf = rendererMediaTypeOf;

/**
 * Resolves a request URL to a file under `root`; the bare origin gets index.html. The renderer
 * routes by hash, so no other path needs a fallback. Anything that would leave `root` is refused.
 */
export function resolveAppAsset(root: string, requestUrl: string): AppAsset {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { kind: 'refused', status: 404 };
  const file = resolveRendererFile(root, url.pathname);
  if (file === undefined) return { kind: 'refused', status: 403 };
  return { kind: 'file', file, mediaType: mediaTypeOf(file) };
}
