// The app's two schemes. `app://verikop/` serves the built renderer (instead of file://, which
// would give the page the whole disk's origin); `verikop-vault://blob/<sha256>` serves stored
// files read-only. Both refuse anything but GET/HEAD.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { electronWire } from '../../common/contract';
import { resolveAppAsset } from './app-protocol';
import { log } from './log';
import { appScheme, contentSecurityPolicy } from './security-policy';
import { parseVaultUrl, vaultHeaders, type VaultBlob, type VaultReader } from './vault-protocol';

/** Must run before `app.whenReady()`: privileges can only be granted at startup. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: real origin, relative URLs, IndexedDB; secure: treated like https. The app's
    // own scripts and workers are same-origin, so app:// needs no CORS privilege.
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    // Vault files live on their own origin, so an untrusted file can never act as the app.
    // corsEnabled lets the app's page (pdf.js) fetch them across that origin boundary.
    { scheme: electronWire.vaultScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export interface ProtocolSources {
  /** Folder holding the built renderer (index.html and assets). */
  readonly rendererRoot: string;
  readonly readVaultBlob: VaultReader;
}

export function setupProtocols(sources: ProtocolSources): void {
  protocol.handle(appScheme, (request) => serveAppAsset(sources.rendererRoot, request));
  protocol.handle(electronWire.vaultScheme, (request) => serveVaultBlob(sources.readVaultBlob, request));
}

const isReadMethod = (method: string): boolean => method === 'GET' || method === 'HEAD';

const plain = (status: number): Response =>
  new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff' } });

async function serveAppAsset(root: string, request: Request): Promise<Response> {
  if (!isReadMethod(request.method)) return plain(405);
  const asset = resolveAppAsset(root, request.url);
  if (asset.kind === 'refused') return plain(asset.status);
  let bytes: Buffer;
  try {
    bytes = await readFile(asset.file);
  } catch {
    return plain(404);
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': asset.mediaType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

type Body = ConstructorParameters<typeof Response>[0];

const bodyOf = (blob: VaultBlob): Body =>
  'bytes' in blob ? new Uint8Array(blob.bytes) : (Readable.toWeb(blob.stream) as ReadableStream<Uint8Array>);

async function serveVaultBlob(read: VaultReader, request: Request): Promise<Response> {
  if (!isReadMethod(request.method)) return plain(405);
  const sha256 = parseVaultUrl(request.url);
  if (sha256 === undefined) return plain(400);
  let blob: VaultBlob | undefined;
  try {
    blob = await read(sha256);
  } catch (error) {
    // A damaged or unreadable file: say so in the log, show the window a failed load.
    log.error(`Berkas brankas ${sha256} tidak dapat dibaca`, error);
    return plain(500);
  }
  if (blob === undefined) return plain(404);
  const headers = vaultHeaders(blob.mediaType);
  if (request.method === 'HEAD') {
    if ('stream' in blob) blob.stream.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(bodyOf(blob), { status: 200, headers });
}
