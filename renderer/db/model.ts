// The inputs the local database accepts from screens, built from the domain's schemas. Nothing
// here decides anything about an application: workflow rules, decision rules and merge rules
// stay in common/domain and common/sync.
import { z } from 'zod';
import { recordIdSchema, type RequirementId } from '../../common/domain/application';
import { computedSnapshotSchema, findingSchema, findingStatusSchema } from '../../common/domain/findings';
import { actorSchema, transitionTable, workflowActionSchema, workflowStateSchema } from '../../common/domain/workflow';

export type { Actor, WorkflowState, Transition } from '../../common/domain/workflow';

/**
 * A finding as the verifier is writing it: the domain's Finding (common/domain/findings.ts) of
 * one application, except that the status may still be unset — a note typed before choosing a
 * status must be saved too. A finding with a status must be a valid domain Finding.
 */
export const findingDraftSchema = z
  .object({
    applicationId: recordIdSchema,
    requirement: findingSchema.shape.requirement,
    status: findingStatusSchema.nullable(),
    computed: computedSnapshotSchema.optional(),
    note: findingSchema.shape.note,
    evidence: findingSchema.shape.evidence,
  })
  .superRefine(({ applicationId: _id, ...draft }, ctx) => {
    if (draft.status === null) return;
    const complete = findingSchema.safeParse(draft);
    if (complete.success) return;
    for (const issue of complete.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
export type FindingDraft = z.infer<typeof findingDraftSchema>;

/** The verifier's stated reasons for the recommendation; the recommendation itself is decide()'s. */
export const draftInputSchema = z.object({
  applicationId: recordIdSchema,
  reason: z.string({ error: 'Alasan harus berupa teks' }).max(4_000, { error: 'Alasan terlalu panjang (maksimal 4.000 karakter)' }),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

/**
 * A workflow step on one file, as common/domain/workflow's transition() allowed it. The database
 * re-checks only what it can see and the domain cannot: that the stored state is still `from`
 * (two windows cannot both submit the file), and that the step is a row of the domain's table.
 */
export const workflowStepSchema = z
  .object({
    applicationId: recordIdSchema,
    action: workflowActionSchema,
    from: workflowStateSchema,
    to: workflowStateSchema,
    actor: actorSchema,
    reason: z.string().trim().max(5_000, { error: 'Alasan terlalu panjang (maksimal 5.000 karakter)' }).optional(),
    recommendation: z.enum(['issue', 'reject']).optional(),
  })
  .refine((s) => transitionTable[s.action].from === s.from && transitionTable[s.action].to === s.to, {
    error: 'Langkah alur kerja tidak sesuai tabel status',
    path: ['action'],
  });
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export type { RequirementId };
