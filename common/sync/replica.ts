// What the server holds for one application, as plain data: the replica that operations are
// applied to, and the snapshot a client receives when an application becomes visible to it.
import { z } from 'zod';
import {
  applicationSchema,
  auditEventSchema,
  calendarDateSchema,
  evidenceRefSchema,
  recordIdSchema,
  requirementIdSchema,
  roleSchema,
  sha256HexSchema,
  workflowActionSchema,
  workflowStateSchema,
  type Finding,
  type RequirementId,
} from '../domain';
import { clientIdSchema, displayNameSchema, operationIdSchema, userIdSchema, versionSchema } from './ids';
import { documentKindSchema, noteValueSchema, reasonValueSchema, statusValueSchema } from './operation';

/** A field's value with who wrote it last and in which log entry (its version). */
export const storedField = <T extends z.ZodType>(value: T) =>
  z.object({ value, version: versionSchema.min(1), userId: userIdSchema, clientId: clientIdSchema }).strict();

export const findingFieldsSchema = z
  .object({
    status: storedField(statusValueSchema).optional(),
    note: storedField(noteValueSchema).optional(),
    evidence: storedField(z.array(evidenceRefSchema)).optional(),
  })
  .strict();
export type FindingFields = z.infer<typeof findingFieldsSchema>;
export type FindingFieldName = keyof FindingFields;
export const findingFieldNames = ['status', 'note', 'evidence'] as const satisfies readonly FindingFieldName[];

export const decisionFieldsSchema = z.object({ reason: storedField(reasonValueSchema).optional() }).strict();
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

export const signatureSchema = z
  .object({
    signerId: userIdSchema,
    /** The signing official's name as the server knows it (public: it is printed on the letter). */
    signerName: z.string().min(1).max(200),
    /** Date of signing in Bontang time (WITA). */
    signedOn: calendarDateSchema,
  })
  .strict();

export const documentRecordSchema = z
  .object({
    id: recordIdSchema,
    kind: documentKindSchema,
    sha256: sha256HexSchema,
    fileName: z.string().min(1).max(255),
    signed: z.boolean(),
    attachedBy: userIdSchema,
    attachedAt: z.iso.datetime({ offset: true }),
    version: versionSchema.min(1),
    /** Set when the supervisor signs the application with this letter. */
    signature: signatureSchema.optional(),
  })
  .strict();
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

export const workflowStepSchema = z
  .object({
    seq: versionSchema.min(1),
    opId: operationIdSchema,
    action: workflowActionSchema,
    from: workflowStateSchema,
    to: workflowStateSchema,
    actorId: userIdSchema,
    actorRole: roleSchema,
    /**
     * The actor's display name as the server knew it when the step was taken, so a history read
     * on another device names the person (staff see each other's names already). Optional: steps
     * stored before it have none and still parse.
     */
    actorName: displayNameSchema.optional(),
    at: z.iso.datetime({ offset: true }),
    reason: z.string().optional(),
    /** At submission: what the findings recommend, computed by the server. */
    recommendation: z.enum(['issue', 'reject']).optional(),
  })
  .strict();
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const auditHeadSchema = z.object({ seq: z.number().int().positive(), hash: sha256HexSchema }).strict();

export const applicationReplicaSchema = z
  .object({
    application: applicationSchema,
    assignedTo: userIdSchema.nullable(),
    assignmentVersion: versionSchema,
    state: workflowStateSchema,
    stateVersion: versionSchema,
    history: z.array(workflowStepSchema),
    findings: z.partialRecord(requirementIdSchema, findingFieldsSchema),
    decision: decisionFieldsSchema,
    documents: z.array(documentRecordSchema),
    /** The newest event of this application's audit trail, to check the trail against. */
    auditHead: auditHeadSchema.nullable(),
  })
  .strict();
export type ApplicationReplica = z.infer<typeof applicationReplicaSchema>;

export type AuditEventRecord = z.infer<typeof auditEventSchema>;

/** The findings as the domain sees them: one per requirement whose status has been set. */
export function findingsOf(replica: Pick<ApplicationReplica, 'findings'>): Finding[] {
  const out: Finding[] = [];
  for (const [requirement, fields] of Object.entries(replica.findings) as [RequirementId, FindingFields][]) {
    const status = fields.status?.value;
    if (status === undefined) continue;
    out.push({
      requirement,
      status: status.status,
      computed: status.computed,
      note: fields.note?.value.trim() ?? '',
      evidence: fields.evidence?.value ?? [],
    });
  }
  return out;
}

/** The documents with `document` added or replaced, kept in id order (as the server lists them). */
export function withDocument(documents: readonly DocumentRecord[], document: DocumentRecord): DocumentRecord[] {
  return [...documents.filter((d) => d.id !== document.id), document].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
