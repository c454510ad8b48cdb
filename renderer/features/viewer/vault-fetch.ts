// Reads a vault file into memory. Vault files are whole documents of a few megabytes at most,
// so one request is simpler than ranged loading and leaves pdf.js no network access of its own.
import { EmptyFileError, VaultResponseError } from './load-errors';

export async function fetchVaultBytes(url: string, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url, { signal, credentials: 'same-origin', cache: 'default' });
  if (!response.ok) throw new VaultResponseError(response.status);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength === 0) throw new EmptyFileError();
  return bytes;
}
