// Attaching a generated or signed PDF (uploaded as a blob first). Documents are immutable: an id
// names one content forever, because the verification lookup and the QR code point to it.
import type { Change } from '../change';
import { syncMessages as m } from '../messages';
import type { DocumentAttachOperation } from '../operation';
import { withDocument, type ApplicationReplica, type DocumentRecord } from '../replica';
import { headOf, nextAuditEvent } from './audit';
import { accept, reject, retry, type ApplyContext, type ApplyOutcome } from './context';

/**
 * Who attaches what, when: the assigned verifier, during verification, their report (signed by
 * the team or not) and a draft letter; a supervisor, while the file waits for approval or
 * signature, either document, signed or not. The admin attaches nothing.
 */
function mayAttach(replica: ApplicationReplica, op: DocumentAttachOperation, ctx: ApplyContext): boolean {
  const { role, userId } = ctx.actor;
  if (role === 'verifier') {
    const own = replica.assignedTo === userId && replica.state === 'in_verification';
    return own && (op.document.kind === 'verification_report' || !op.document.signed);
  }
  return role === 'supervisor' && (replica.state === 'awaiting_approval' || replica.state === 'approved');
}

export function applyDocumentAttach(replica: ApplicationReplica, op: DocumentAttachOperation, ctx: ApplyContext): ApplyOutcome {
  if (!mayAttach(replica, op, ctx)) return reject('forbidden', m.documentNotAllowed);
  const existing = ctx.document(op.document.id);
  if (existing !== undefined) {
    const same =
      existing.applicationId === op.applicationId &&
      existing.sha256 === op.document.sha256 &&
      existing.kind === op.document.kind &&
      existing.signed === op.document.signed;
    if (!same) return reject('document_exists', m.documentExists(op.document.id));
  }
  if (!ctx.hasBlob(op.document.sha256)) return retry('blob_missing', m.blobMissing(op.document.sha256));

  return accept((seq) => {
    const previous = replica.documents.find((d) => d.id === op.document.id);
    const document: DocumentRecord = {
      ...op.document,
      attachedBy: previous?.attachedBy ?? ctx.actor.userId,
      attachedAt: previous?.attachedAt ?? ctx.now.toISOString(),
      version: seq,
      ...(previous?.signature === undefined ? {} : { signature: previous.signature }),
    };
    const documents = withDocument(replica.documents, document);
    const event = nextAuditEvent(replica, { id: op.id, action: 'document.attach', recordType: 'document', recordId: document.id, payload: op }, ctx);
    const changes: Change[] = [
      { kind: 'document', applicationId: op.applicationId, document },
      { kind: 'audit', applicationId: op.applicationId, event },
    ];
    return { replica: { ...replica, documents, auditHead: headOf(event) }, changes };
  });
}
