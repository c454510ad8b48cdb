// The read-only vault protocol, `verikop-vault://blob/<sha256>`: how the window loads stored
// files (photos, PDFs) without bytes ever travelling through IPC. Pure parts only; the
// Electron wiring is in protocols.ts.
import type { Readable } from 'node:stream';
import { electronWire, isSha256Hex } from '../../common/contract';
import { appOrigin, vaultContentSecurityPolicy } from './security-policy';

export type VaultBlob =
  | { readonly mediaType: string; readonly bytes: Uint8Array }
  | { readonly mediaType: string; readonly stream: Readable };

/**
 * What the vault service offers main: the file with that SHA-256, read and hash-checked, or
 * undefined when the vault holds no such file. It throws when the stored bytes are damaged.
 */
export type VaultReader = (sha256: string) => Promise<VaultBlob | undefined>;

/**
 * The SHA-256 named by a vault URL, or undefined for anything else. Exactly one path segment
 * of 64 lowercase hex digits; no query, no user info, no other host — a URL that differs from
 * what `vaultUrl()` produces is not a vault URL.
 */
export function parseVaultUrl(requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${electronWire.vaultScheme}:` || url.host !== electronWire.vaultHost) return undefined;
  if (url.username !== '' || url.password !== '' || url.search !== '') return undefined;
  const sha256 = url.pathname.slice(1);
  return isSha256Hex(sha256) ? sha256 : undefined;
}

const mediaTypePattern = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/;

/** Headers of every vault answer: data for the app's window only, never a document of its own. */
export function vaultHeaders(mediaType: string): Record<string, string> {
  return {
    // Only a plain `type/subtype` is trusted into the header; anything else is opaque bytes.
    'Content-Type': mediaTypePattern.test(mediaType) ? mediaType : 'application/octet-stream',
    'Content-Security-Policy': vaultContentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Names the one origin meant to read vault files. Electron does not check this header for
    // a corsEnabled scheme: what keeps other origins out is that none ever runs in the app
    // (navigation and new windows are refused).
    'Access-Control-Allow-Origin': appOrigin,
    // Content-addressed: the bytes behind a name never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}
