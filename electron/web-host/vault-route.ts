// GET /vault/<sha256>: stored files (packet documents, photos, PDFs) for the app's page, the web
// twin of Electron's `verikop-vault://blob/<sha256>`. The vault service does the reading and
// hash-checking; this file only answers over HTTP.
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Same shape as the reader electron/main's vault protocol takes, so one vault adapter serves both.
export type VaultBlob =
  | { readonly mediaType: string; readonly bytes: Uint8Array }
  | { readonly mediaType: string; readonly stream: Readable };

/** The file with that SHA-256 (read and hash-checked), or undefined when the vault has none. */
export type VaultReader = (sha256: string) => Promise<VaultBlob | undefined>;

// A stored type is sent as Content-Type; anything that is not a plain `type/subtype` is sent as
// opaque bytes instead of being trusted into a header.
const mediaTypePattern = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/;

export function vaultResponseHeaders(mediaType: string, length: number | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': mediaTypePattern.test(mediaType) ? mediaType : 'application/octet-stream',
    // Vault files are data for the app's page, never documents of their own: opened directly,
    // they run nothing.
    'content-security-policy': "default-src 'none'; sandbox",
    // Content-addressed: the bytes behind a name never change.
    'cache-control': 'private, max-age=31536000, immutable',
  };
  if (length !== undefined) headers['content-length'] = String(length);
  return headers;
}

/** Sends the blob; the caller has already checked the request and found the blob. */
export async function sendVaultBlob(blob: VaultBlob, method: string, res: ServerResponse): Promise<void> {
  if ('bytes' in blob) {
    res.writeHead(200, vaultResponseHeaders(blob.mediaType, blob.bytes.byteLength));
    res.end(method === 'HEAD' ? undefined : blob.bytes);
    return;
  }
  res.writeHead(200, vaultResponseHeaders(blob.mediaType, undefined));
  if (method === 'HEAD') {
    blob.stream.destroy();
    res.end();
    return;
  }
  await pipeline(blob.stream, res);
}
