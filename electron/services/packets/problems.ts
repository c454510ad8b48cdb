// Why a packet is refused, or accepted with a remark. Every problem has a stable code (tests and
// the UI key on it), names the file it concerns, and says in Indonesian what is wrong and what
// the licensing office should do. A refused import reports every problem found in one go (up to
// a cap), so the sender fixes the packet once rather than once per problem.
import { Failure } from '../../../common/contract';

export const packetRefusalCodes = [
  'packet_not_found',
  'packet_unreadable',
  'packet_zip_invalid',
  'packet_zip_encrypted',
  'packet_unsafe_path',
  'packet_symlink',
  'packet_duplicate_entry',
  'packet_name_collision',
  'packet_too_many_entries',
  'packet_file_too_large',
  'packet_too_large',
  'packet_zip_bomb',
  'packet_manifest_missing',
  'packet_manifest_invalid',
  'packet_format_unsupported',
  'packet_unlisted_file',
  'packet_missing_file',
  'packet_size_mismatch',
  'packet_hash_mismatch',
  'packet_media_type_unsupported',
  'packet_media_type_mismatch',
  'packet_pdf_broken',
  'packet_pdf_encrypted',
  'packet_pdf_javascript',
  'packet_pdf_launch',
  'packet_pdf_embedded_file',
  'packet_pdf_rich_media',
  'packet_inbox_unknown',
  'packet_picker_unavailable',
] as const;
export type PacketRefusalCode = (typeof packetRefusalCodes)[number];

export const packetWarningCodes = [
  'packet_ignored_file',
  'packet_pdf_form_action',
  'packet_pdf_additional_actions',
  'packet_pdf_external_action',
  'packet_pdf_xfa',
  'packet_pages_mismatch',
] as const;
export type PacketWarningCode = (typeof packetWarningCodes)[number];

export interface PacketProblem<C extends string = PacketRefusalCode> {
  readonly code: C;
  /** The file inside the packet (or the packet itself) the problem concerns. */
  readonly fileName?: string;
  readonly message: string;
}

export type PacketWarning = PacketProblem<PacketWarningCode>;

const MAX_LISTED = 10;

/** The import refused the packet; nothing was stored. `code` is that of the first problem. */
export class PacketRefused extends Failure {
  constructor(readonly problems: readonly PacketProblem[]) {
    const first = problems[0];
    if (first === undefined) throw new Error('PacketRefused needs at least one problem');
    super(first.code, PacketRefused.describe(problems));
    this.name = 'PacketRefused';
  }

  static describe(problems: readonly PacketProblem[]): string {
    const first = problems[0];
    if (problems.length === 1 && first !== undefined) return `Paket ditolak, tidak ada yang disimpan. ${first.message}`;
    const listed = problems.slice(0, MAX_LISTED).map((p, i) => `(${i + 1}) ${p.message}`);
    const more = problems.length > MAX_LISTED ? ` … dan ${problems.length - MAX_LISTED} masalah lain.` : '';
    return `Paket ditolak, tidak ada yang disimpan. Ditemukan ${problems.length} masalah: ${listed.join(' ')}${more}`;
  }
}

export const refuse = (code: PacketRefusalCode, message: string, fileName?: string): PacketRefused =>
  new PacketRefused([{ code, message, ...(fileName === undefined ? {} : { fileName }) }]);

/** Formats a byte count for people: "12,5 MB". */
export function formatBytes(bytes: number): string {
  const units = ['bita', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return `${text} ${units[unit] ?? 'GB'}`;
}

export const quote = (name: string): string => `"${name}"`;
