// The operations a client pushes: every change a person makes is one operation with a
// client-generated id. Field edits carry the version the person was looking at (`base`), so the
// server can tell an edit made on stale data (a conflict) from one made on the latest.
import { z } from 'zod';
import {
  computedSnapshotSchema,
  evidenceRefSchema,
  findingStatusSchema,
  recordIdSchema,
  requirementIdSchema,
  sha256HexSchema,
  workflowActionSchema,
} from '../domain';
import { operationIdSchema, userIdSchema, versionSchema } from './ids';

/** A new value for one field and the version of that field the client last saw. */
export const fieldChange = <T extends z.ZodType>(value: T) => z.object({ value, base: versionSchema }).strict();

/** The status field holds the verifier's status together with what the rule computed then. */
export const statusValueSchema = z.object({ status: findingStatusSchema, computed: computedSnapshotSchema }).strict();
export type StatusValue = z.infer<typeof statusValueSchema>;

export const noteValueSchema = z.string().max(4_000, { error: 'Catatan terlalu panjang (maksimal 4.000 karakter)' });
export const evidenceValueSchema = z.array(evidenceRefSchema).max(200, { error: 'Bukti paling banyak 200' });
export const reasonValueSchema = z.string().max(4_000, { error: 'Alasan terlalu panjang (maksimal 4.000 karakter)' });

const common = {
  id: operationIdSchema,
  applicationId: recordIdSchema,
  /** When the person made the change, by their device's clock: shown, never used for order. */
  clientTime: z.iso.datetime({ offset: true }).optional(),
};

const atLeastOne = (changes: Record<string, unknown>): boolean => Object.values(changes).some((c) => c !== undefined);

export const findingSetOperationSchema = z
  .object({
    ...common,
    type: z.literal('finding.set'),
    requirement: requirementIdSchema,
    changes: z
      .object({
        status: fieldChange(statusValueSchema).optional(),
        note: fieldChange(noteValueSchema).optional(),
        evidence: fieldChange(evidenceValueSchema).optional(),
      })
      .strict()
      .refine(atLeastOne, { error: 'Perubahan temuan kosong' }),
  })
  .strict();

/** The verifier's stated reasons for the recommendation; the recommendation itself is computed. */
export const decisionSetOperationSchema = z
  .object({
    ...common,
    type: z.literal('decision.set'),
    changes: z.object({ reason: fieldChange(reasonValueSchema) }).strict(),
  })
  .strict();

export const workflowOperationSchema = z
  .object({
    ...common,
    type: z.literal('workflow.act'),
    action: workflowActionSchema,
    /** Required to return a file to the verifier. */
    reason: z.string().max(4_000).optional(),
    /** For `sign`: the signed recommendation letter, attached before. */
    documentId: recordIdSchema.optional(),
  })
  .strict();

export const documentKinds = ['verification_report', 'recommendation_letter'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const documentAttachOperationSchema = z
  .object({
    ...common,
    type: z.literal('document.attach'),
    document: z
      .object({
        /** Chosen by the client; the QR code of the letter points to /verify/<id>. */
        id: recordIdSchema,
        kind: documentKindSchema,
        /** The PDF, uploaded as a blob before this operation. */
        sha256: sha256HexSchema,
        fileName: z.string().trim().min(1).max(255),
        signed: z.boolean(),
      })
      .strict(),
  })
  .strict();

export const assignOperationSchema = z
  .object({
    ...common,
    type: z.literal('application.assign'),
    verifierId: userIdSchema,
    /** The assignment version the supervisor saw. */
    base: versionSchema,
  })
  .strict();

/** Something worth recording that changed no record (a document opened, a draft printed). */
export const auditNoteOperationSchema = z
  .object({
    ...common,
    type: z.literal('audit.note'),
    action: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, { error: 'Nama tindakan audit tidak valid' }).max(64),
    recordType: z.string().min(1).max(64),
    recordId: z.string().min(1).max(128),
  })
  .strict();

export const operationSchema = z.discriminatedUnion('type', [
  findingSetOperationSchema,
  decisionSetOperationSchema,
  workflowOperationSchema,
  documentAttachOperationSchema,
  assignOperationSchema,
  auditNoteOperationSchema,
]);
export type Operation = z.infer<typeof operationSchema>;
export type OperationInput = z.input<typeof operationSchema>;
export type OperationType = Operation['type'];
export type FindingSetOperation = z.infer<typeof findingSetOperationSchema>;
export type DecisionSetOperation = z.infer<typeof decisionSetOperationSchema>;
export type WorkflowOperation = z.infer<typeof workflowOperationSchema>;
export type DocumentAttachOperation = z.infer<typeof documentAttachOperationSchema>;
export type AssignOperation = z.infer<typeof assignOperationSchema>;
export type AuditNoteOperation = z.infer<typeof auditNoteOperationSchema>;
