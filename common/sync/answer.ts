// The server's answer to each pushed operation. Final answers (accepted, conflict, rejected) are
// stored with the operation's id, so a resend gets the same answer; `retry` says the operation
// could not be judged yet (a blob it names has not arrived), and a resend is judged again.
import { z } from 'zod';
import { displayNameSchema, operationIdSchema, seqSchema, userIdSchema, versionSchema } from './ids';

export const rejectionCodes = [
  /** The operation does not match its schema, or names something inconsistent. */
  'invalid_operation',
  /** The application does not exist, or the caller may not see it. */
  'not_found',
  /** The caller's role or assignment does not allow this. */
  'forbidden',
  /** The application's state does not allow this change now. */
  'not_editable',
  /** From the workflow state machine (common/domain). */
  'illegal_transition',
  'role_not_allowed',
  'not_assigned',
  'reason_required',
  'decision_incomplete',
  /** A document id already names different content; documents are immutable. */
  'document_exists',
  /** `sign` names no signed recommendation letter of this application. */
  'document_not_found',
  /** The verifier to assign is not an active verifier. */
  'unknown_verifier',
] as const;
export const rejectionCodeSchema = z.enum(rejectionCodes);
export type RejectionCode = z.infer<typeof rejectionCodeSchema>;

export const retryCodes = [
  /** A blob the operation names has not arrived. */
  'blob_missing',
  /** An earlier operation of this batch on the same application was answered `retry`. */
  'waits_for_earlier',
] as const;
export const retryCodeSchema = z.enum(retryCodes);
export type RetryCode = z.infer<typeof retryCodeSchema>;

export const fieldConflictSchema = z.object({
  record: z.string(),
  field: z.string(),
  server: z.object({
    value: z.unknown(),
    version: versionSchema,
    userId: userIdSchema,
    /**
     * The author's display name as the server knows it now, so the person is told who wrote the
     * value (staff see each other's names already). Added when the answer is sent, not stored with
     * it; optional: older servers and stored answers have none.
     */
    userName: displayNameSchema.optional(),
  }),
  client: z.unknown(),
});

const acceptedSchema = z.object({ opId: operationIdSchema, status: z.literal('accepted'), seq: seqSchema.min(1) });
const conflictSchema = z.object({ opId: operationIdSchema, status: z.literal('conflict'), conflicts: z.array(fieldConflictSchema).min(1) });
const rejectedSchema = z.object({ opId: operationIdSchema, status: z.literal('rejected'), code: rejectionCodeSchema, message: z.string() });
const retrySchema = z.object({ opId: operationIdSchema, status: z.literal('retry'), code: retryCodeSchema, message: z.string() });

export const finalAnswerSchema = z.discriminatedUnion('status', [acceptedSchema, conflictSchema, rejectedSchema]);
export const operationAnswerSchema = z.discriminatedUnion('status', [acceptedSchema, conflictSchema, rejectedSchema, retrySchema]);
export type OperationAnswer = z.infer<typeof operationAnswerSchema>;
export type FinalAnswer = z.infer<typeof finalAnswerSchema>;

export const isFinal = (answer: OperationAnswer): answer is FinalAnswer => answer.status !== 'retry';
