// A finding is the verifier's judgement on one requirement: the status they chose, what the
// rule computed when they chose it, their note and the evidence they pinned. The software
// suggests; the verifier decides — so the status may differ from the computed outcome, and the
// decision reports that as a warning rather than overriding it.
import { z } from 'zod';
import { recordIdSchema, requirementIdSchema, sha256HexSchema } from './application';
import { calendarDateSchema, type CalendarDate } from './dates';
import { requirement } from './requirements';
import { ruleOutcomeSchema, type RuleResult } from './rules/result';

export const findingStatuses = ['meets', 'fails', 'not_applicable'] as const;
export const findingStatusSchema = z.enum(findingStatuses);
export type FindingStatus = z.infer<typeof findingStatusSchema>;

export const documentEvidenceSchema = z.object({
  kind: z.literal('document'),
  documentId: recordIdSchema,
  page: z.number().int().positive(),
});

/** How a photo's time was found: the camera's clock with its zone, the GPS clock (UTC), or the camera's clock read as WITA because it wrote no zone (an estimate). */
export const photoTimeSourceSchema = z.enum(['camera', 'gps', 'camera_assumed_wita']);
export type PhotoTimeSource = z.infer<typeof photoTimeSourceSchema>;

export const photoEvidenceSchema = z
  .object({
    kind: z.literal('photo'),
    blobSha256: sha256HexSchema,
    /** When the photo was taken (from EXIF or the camera), an ISO instant with offset. */
    takenAt: z.iso.datetime({ offset: true }).optional(),
    /** Optional: references pinned before it was kept say nothing, and are shown as before. */
    takenAtSource: photoTimeSourceSchema.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), { error: 'Lokasi foto harus berisi lintang dan bujur sekaligus', path: ['lon'] });

export const evidenceRefSchema = z.discriminatedUnion('kind', [documentEvidenceSchema, photoEvidenceSchema]);
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/** What the rule said when the verifier set the status: kept so the record shows what they saw. */
export const computedSnapshotSchema = z.object({
  outcome: ruleOutcomeSchema,
  facts: z.array(z.string().max(2_000)).max(200),
  verificationDate: calendarDateSchema,
});
export type ComputedSnapshot = z.infer<typeof computedSnapshotSchema>;

export const findingSchema = z
  .object({
    requirement: requirementIdSchema,
    status: findingStatusSchema,
    computed: computedSnapshotSchema,
    note: z.string().trim().max(4_000, { error: 'Catatan terlalu panjang (maksimal 4.000 karakter)' }),
    evidence: z.array(evidenceRefSchema).max(200),
  })
  .refine((f) => f.status !== 'not_applicable' || requirement(f.requirement).mayBeNotApplicable, {
    error: 'Status "tidak berlaku" hanya boleh untuk persyaratan R5',
    path: ['status'],
  });
export type Finding = z.infer<typeof findingSchema>;

export function snapshotOf(result: RuleResult, verificationDate: CalendarDate): ComputedSnapshot {
  return { outcome: result.outcome, facts: [...result.facts], verificationDate };
}

/** The status the software proposes for a computed outcome; none when data is insufficient. */
export function suggestedStatus(result: Pick<RuleResult, 'outcome'>): FindingStatus | undefined {
  return result.outcome === 'insufficient_data' ? undefined : result.outcome;
}
