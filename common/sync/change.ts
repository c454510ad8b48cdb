// What a client pulls: the server's log of accepted changes, in the order the server accepted
// them. Each entry is what one operation did; its changes carry the records' new state (not the
// operation), so a client applies an entry by overwriting, and applying it twice changes nothing.
import { z } from 'zod';
import { auditEventSchema, holidayCalendarDocumentSchema, recordIdSchema, requirementIdSchema, workflowStateSchema } from '../domain';
import { displayNameSchema, operationIdSchema, seqSchema, userIdSchema, versionSchema } from './ids';
import { applicationReplicaSchema, decisionFieldsSchema, documentRecordSchema, findingFieldsSchema, workflowStepSchema } from './replica';

const applicationId = recordIdSchema;

export const changeSchema = z.discriminatedUnion('kind', [
  /** The whole application, when it becomes visible (import, assignment). */
  z.object({ kind: z.literal('application'), applicationId, replica: applicationReplicaSchema }),
  /** The application was assigned to someone else: the former verifier no longer sees it. */
  z.object({ kind: z.literal('application_unassigned'), applicationId, assignmentVersion: versionSchema }),
  /** All fields of one finding after the change. */
  z.object({ kind: z.literal('finding'), applicationId, requirement: requirementIdSchema, fields: findingFieldsSchema }),
  z.object({ kind: z.literal('decision'), applicationId, fields: decisionFieldsSchema }),
  z.object({ kind: z.literal('workflow'), applicationId, state: workflowStateSchema, stateVersion: versionSchema, step: workflowStepSchema }),
  z.object({ kind: z.literal('document'), applicationId, document: documentRecordSchema }),
  z.object({ kind: z.literal('audit'), applicationId, event: auditEventSchema }),
  /** The working-day calendar was replaced (visible to everyone). */
  z.object({ kind: z.literal('calendar'), document: holidayCalendarDocumentSchema }),
]);
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = Change['kind'];

export const logEntrySchema = z.object({
  seq: seqSchema.min(1),
  /** The operation that made the change (the admin's tools generate ids for theirs). */
  opId: operationIdSchema,
  /** Who made it; null for what the server does on its own. */
  authorId: userIdSchema.nullable(),
  /** Server time of acceptance. */
  at: z.iso.datetime({ offset: true }),
  changes: z.array(changeSchema).min(1),
  /**
   * Display names, by user id, of the authors its finding and decision fields name (a field
   * carries only the author's id), as the server knows them when it sends the entry: an open
   * conflict on a pulled field then says who wrote the server's value. Not part of the log;
   * optional: older servers send none, and older clients drop it.
   */
  userNames: z.record(userIdSchema, displayNameSchema).optional(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;
