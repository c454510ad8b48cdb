// What the vault stores and serves. The vault URL answers with the stored media type, so the list
// is closed: nothing a browser would run as a document (HTML, SVG, XML) can be stored, and the
// three types that can be recognised by their first bytes must actually start with those bytes.
export const vaultMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'application/json', 'application/octet-stream'] as const;
export type VaultMediaType = (typeof vaultMediaTypes)[number];

export const isVaultMediaType = (value: string): value is VaultMediaType =>
  (vaultMediaTypes as readonly string[]).includes(value);

export type SniffedMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const IHDR = [0x49, 0x48, 0x44, 0x52] as const;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d] as const; // %PDF-

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/** Bytes needed by `sniffMediaType`. */
export const SNIFF_BYTES = 16;

/**
 * Recognises a file by its first bytes, not its name: PDF (`%PDF-` at offset 0, stricter than
 * readers that scan the first kilobyte, so a polyglot cannot pass as something else first),
 * JPEG (SOI marker and the first byte of the next marker) and PNG (signature followed by the IHDR chunk).
 */
export function sniffMediaType(head: Uint8Array): SniffedMediaType | undefined {
  if (startsWith(head, PDF_HEADER)) return 'application/pdf';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (startsWith(head, PNG_SIGNATURE) && startsWith(head, IHDR, 12)) return 'image/png';
  return undefined;
}

/** True when a declared type that can be sniffed is contradicted by the content. */
export function contradictsContent(declared: VaultMediaType, head: Uint8Array): boolean {
  const sniffable: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
  return sniffable.includes(declared) && sniffMediaType(head) !== declared;
}
