// Generated and signed PDFs attached to a file. The bytes are in the vault (main wrote them and
// answered with their SHA-256); this records which file they belong to and sends the record.
import { z } from 'zod';
import { recordIdSchema, sha256HexSchema } from '../../common/domain/application';
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import type { Actor } from './model';
import type { DocumentAttachOperation } from './protocol';
import { requireApplication } from './records';
import type { DocumentRow } from './rows';
import { parseInput } from './validate';

export const documentAttachInputSchema = z.object({
  applicationId: recordIdSchema,
  id: recordIdSchema,
  kind: z.enum(['verification_report', 'recommendation_letter'], { error: 'Jenis dokumen harus berita acara atau surat rekomendasi' }),
  sha256: sha256HexSchema,
  fileName: z.string().trim().min(1, { error: 'Nama berkas wajib diisi' }).max(255, { error: 'Nama berkas terlalu panjang (maksimal 255 karakter)' }),
  signed: z.boolean(),
});
export type DocumentAttachInput = z.infer<typeof documentAttachInputSchema>;

/** Records a document; an id already naming other bytes is refused (documents are immutable). */
export async function attachDocument(db: VerikopDb, actor: Actor, input: DocumentAttachInput): Promise<DocumentRow> {
  const { applicationId, ...document } = parseInput(documentAttachInputSchema, input);
  return userChange(db, actor, [db.applications, db.documents], async ({ now, opId }) => {
    await requireApplication(db, applicationId);
    const existing = await db.documents.get(document.id);
    if (existing && existing.sha256 === document.sha256) return { value: existing, unchanged: true };
    if (existing) throw new DbFailure('duplicate', `Dokumen ${document.id} sudah tercatat dengan isi lain; dokumen yang sudah dibuat tidak dapat diganti, buat dokumen baru.`);
    const row: DocumentRow = { ...document, applicationId, attachedBy: actor.userId, attachedAt: now, version: 0 };
    await db.documents.add(row);
    const operation: DocumentAttachOperation = { id: opId, type: 'document.attach', applicationId, document, clientTime: now };
    return {
      value: row,
      applicationId,
      audit: { action: 'document.attach', recordType: 'document', recordId: document.id, payload: operation },
      outbox: { entityKey: entityKeys.document(document.id), operation },
    };
  });
}

export async function listDocuments(db: VerikopDb, applicationId: string): Promise<DocumentRow[]> {
  const rows = await db.documents.where('applicationId').equals(applicationId).toArray();
  return rows.sort((a, b) => a.attachedAt.localeCompare(b.attachedAt));
}
