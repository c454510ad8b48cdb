// manifest.json of an application packet (docs/packet-format.md): the format version and the
// application exactly as the domain model defines it. The application's `documents` list IS the
// packet's file list (id, requirement, fileName, mediaType, size, sha256), so the two cannot
// disagree. On top of the domain schema the packet adds what only a packet needs: file names
// that are plain and unique, and media types the importer can check by content.
import { z } from 'zod';
import { applicationSchema, type Application } from '../../../common/domain/application';
import { checkDocumentFileName, collisionKey } from './entry-names';
import type { PacketLimits } from './limits';
import { formatBytes, quote, refuse } from './problems';

export const PACKET_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

/** Media types a packet document may have: each one is recognisable by its first bytes. */
export const packetDocumentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type PacketDocumentMediaType = (typeof packetDocumentMediaTypes)[number];

const isDocumentMediaType = (t: string): t is PacketDocumentMediaType => (packetDocumentMediaTypes as readonly string[]).includes(t);

export const packetManifestSchema = z
  .object({
    formatVersion: z.literal(PACKET_FORMAT_VERSION),
    application: applicationSchema,
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Map<string, string>();
    manifest.application.documents.forEach((doc, i) => {
      const path = ['application', 'documents', i];
      const verdict = checkDocumentFileName(doc.fileName);
      if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.reason, path: [...path, 'fileName'] });
      if (collisionKey(doc.fileName) === MANIFEST_NAME) {
        ctx.addIssue({ code: 'custom', message: `Dokumen tidak boleh bernama ${MANIFEST_NAME}`, path: [...path, 'fileName'] });
      }
      const earlier = seen.get(collisionKey(doc.fileName));
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', message: `Nama berkas ${quote(doc.fileName)} sudah dipakai dokumen ${earlier}`, path: [...path, 'fileName'] });
      }
      seen.set(collisionKey(doc.fileName), doc.id);
      if (!isDocumentMediaType(doc.mediaType)) {
        ctx.addIssue({
          code: 'custom',
          message: `Jenis berkas ${doc.mediaType} tidak diterima; hanya PDF, JPEG, atau PNG`,
          path: [...path, 'mediaType'],
        });
      }
    });
  });

export type PacketManifest = z.infer<typeof packetManifestSchema>;
export type PacketManifestInput = z.input<typeof packetManifestSchema>;

export interface ParsedManifest {
  readonly application: Application;
}

const describeIssue = (issue: z.core.$ZodIssue): string =>
  `${issue.path.length === 0 ? '(akar)' : issue.path.map(String).join('.')}: ${issue.message}`;

/** Parses and validates manifest.json; any problem refuses the packet with the field named. */
export function parseManifest(bytes: Uint8Array, limits: PacketLimits): ParsedManifest {
  const refuseManifest = (detail: string) => refuse('packet_manifest_invalid', `${MANIFEST_NAME} tidak valid: ${detail}`, MANIFEST_NAME);
  if (bytes.byteLength > limits.maxManifestBytes) {
    throw refuse('packet_file_too_large', `${MANIFEST_NAME} berukuran ${formatBytes(bytes.byteLength)}, melebihi batas ${formatBytes(limits.maxManifestBytes)}.`, MANIFEST_NAME);
  }
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    json = JSON.parse(text);
  } catch (e) {
    throw refuseManifest(`bukan JSON UTF-8 yang sah (${e instanceof Error ? e.message : String(e)}).`);
  }
  const version = typeof json === 'object' && json !== null && 'formatVersion' in json ? json.formatVersion : undefined;
  if (version !== PACKET_FORMAT_VERSION) {
    throw refuse(
      'packet_format_unsupported',
      `${MANIFEST_NAME} memakai formatVersion ${version === undefined ? '(tidak ada)' : JSON.stringify(version)}; aplikasi ini membaca formatVersion ${PACKET_FORMAT_VERSION}. Perbarui aplikasi atau minta paket dalam format ${PACKET_FORMAT_VERSION}.`,
      MANIFEST_NAME,
    );
  }
  const parsed = packetManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const listed = issues.slice(0, 5).map(describeIssue).join('; ');
    throw refuseManifest(`${listed}${issues.length > 5 ? `; dan ${issues.length - 5} lainnya` : ''}.`);
  }
  return { application: parsed.data.application };
}
