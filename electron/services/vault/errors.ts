// The vault's expected failures, as contract Failures with stable codes and Indonesian messages a
// person can act on. File-system errors are mapped here, once, so every caller reports a full
// disk or a locked folder the same way; anything unrecognised stays a bug (`internal`).
import { Failure } from '../../../common/contract';

export const vaultErrorCodes = [
  'vault_full',
  'vault_readonly',
  'vault_unreadable',
  'vault_unavailable',
  'vault_io',
  'vault_corrupt',
  'vault_not_found',
  'vault_too_large',
  'vault_hash_mismatch',
  'vault_media_type',
] as const;
export type VaultErrorCode = (typeof vaultErrorCodes)[number];

export class VaultFailure extends Failure {
  constructor(
    override readonly code: VaultErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'VaultFailure';
  }
}

export const isVaultFailure = (e: unknown): e is VaultFailure => e instanceof VaultFailure;

const errnoOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

const short = (sha256: string): string => `${sha256.slice(0, 12)}…`;

export const vaultMessages = {
  full: (root: string) =>
    `Penyimpanan penuh: berkas tidak dapat disimpan ke penyimpanan dokumen (${root}). Kosongkan ruang disk, lalu ulangi. Tidak ada berkas yang tersimpan sebagian.`,
  readonly: (root: string) =>
    `Penyimpanan dokumen tidak dapat ditulisi (${root}): folder hanya-baca atau tanpa izin tulis. Periksa izin folder data aplikasi, lalu ulangi.`,
  unreadable: (root: string) =>
    `Penyimpanan dokumen tidak dapat dibaca (${root}): tanpa izin baca atau bukan berkas biasa. Periksa izin folder data aplikasi.`,
  unavailable: (root: string) =>
    `Penyimpanan dokumen tidak tersedia (${root}): jalurnya bukan folder yang dapat dipakai. Periksa folder data aplikasi.`,
  io: (root: string) =>
    `Kesalahan baca/tulis disk pada penyimpanan dokumen (${root}). Periksa kondisi disk, lalu ulangi.`,
  corrupt: (sha256: string) =>
    `Berkas ${short(sha256)} di penyimpanan dokumen rusak: isinya tidak lagi sesuai dengan sidik SHA-256-nya. Impor ulang paket atau unduh ulang dari server.`,
  notFound: (sha256: string) => `Berkas ${short(sha256)} tidak ada di penyimpanan dokumen.`,
  tooLarge: (limit: number) => `Berkas terlalu besar untuk disimpan (batas ${limit} bita).`,
  hashMismatch: (expected: string, actual: string) =>
    `Isi berkas tidak sesuai sidik yang diharapkan (diharapkan ${short(expected)}, dihitung ${short(actual)}). Berkas tidak disimpan.`,
  mediaType: (mediaType: string) => `Jenis berkas "${mediaType}" tidak diterima oleh penyimpanan dokumen.`,
} as const;

/**
 * Maps a file-system error to a vault Failure, or returns undefined for errors that are bugs.
 * `action` decides how a permission error reads: EACCES while writing means a locked folder,
 * while reading an unreadable one.
 */
export function vaultFailureFrom(error: unknown, root: string, action: 'read' | 'write'): VaultFailure | undefined {
  if (isVaultFailure(error)) return error;
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new VaultFailure('vault_full', vaultMessages.full(root));
    case 'EROFS':
      return new VaultFailure('vault_readonly', vaultMessages.readonly(root));
    case 'EACCES':
    case 'EPERM':
      return action === 'write'
        ? new VaultFailure('vault_readonly', vaultMessages.readonly(root))
        : new VaultFailure('vault_unreadable', vaultMessages.unreadable(root));
    case 'EISDIR':
      return new VaultFailure('vault_unreadable', vaultMessages.unreadable(root));
    case 'ENOTDIR':
    case 'ELOOP':
    case 'EEXIST':
      return new VaultFailure('vault_unavailable', vaultMessages.unavailable(root));
    case 'EIO':
      return new VaultFailure('vault_io', vaultMessages.io(root));
    default:
      return undefined;
  }
}

/** Rethrows `error` as a vault Failure when it is an expected file-system fault. */
export function rethrowAsVaultFailure(error: unknown, root: string, action: 'read' | 'write'): never {
  throw vaultFailureFrom(error, root, action) ?? error;
}
