import { z } from 'zod';
import { auditEventSchema, recordIdSchema, workflowStateSchema } from '../../domain';
import { operationAnswerSchema } from '../../sync/answer';
import { clientIdSchema, operationIdSchema, seqSchema, userIdSchema } from '../../sync/ids';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, pullPageSchema } from '../../sync/pull';
import { applicationReplicaSchema } from '../../sync/replica';
import { defineRoute, errorSchema } from './route';

export const MAX_PUSH_OPERATIONS = 200;

/**
 * Operations are checked one by one (a malformed one is answered `rejected`, not the whole
 * batch), so the body schema asks only for what every operation must have: its id.
 */
export const pushRequestSchema = z.object({
  clientId: clientIdSchema,
  operations: z.array(z.looseObject({ id: operationIdSchema })).min(1).max(MAX_PUSH_OPERATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** One answer per operation, in the order sent. */
export const pushResponseSchema = z.object({ answers: z.array(operationAnswerSchema) });

export const idReusedSchema = errorSchema.extend({
  code: z.literal('operation_id_reused'),
  operationIds: z.array(operationIdSchema),
});

export const pullQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const applicationSummarySchema = z.object({
  id: recordIdSchema,
  registrationNumber: z.string(),
  applicantName: z.string(),
  kabKotaCode: z.string(),
  receivedAt: z.string(),
  state: workflowStateSchema,
  assignedTo: userIdSchema.nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationParamsSchema = z.object({ id: recordIdSchema });

export const syncRoutes = {
  push: defineRoute({
    method: 'POST',
    path: '/sync/push',
    summary: 'Kirim sekumpulan operasi; tiap operasi dijawab accepted, conflict, rejected atau retry.',
    access: ['verifier', 'supervisor', 'admin'],
    body: pushRequestSchema,
    responses: { 200: pushResponseSchema, 409: idReusedSchema },
  }),
  pull: defineRoute({
    method: 'GET',
    path: '/sync/pull',
    summary: 'Perubahan setelah kursor, berurutan sesuai penerimaan server, per halaman.',
    access: ['verifier', 'supervisor', 'admin'],
    query: pullQuerySchema,
    responses: { 200: pullPageSchema },
  }),
  applications: defineRoute({
    method: 'GET',
    path: '/applications',
    summary: 'Berkas permohonan yang boleh dilihat pemanggil (verifikator: yang ditugaskan kepadanya).',
    access: ['verifier', 'supervisor', 'admin'],
    responses: { 200: z.object({ applications: z.array(applicationSummarySchema) }) },
  }),
  application: defineRoute({
    method: 'GET',
    path: '/applications/:id',
    summary: 'Satu berkas lengkap dengan temuan, keputusan, dokumen dan riwayat alur kerja.',
    access: ['verifier', 'supervisor', 'admin'],
    params: applicationParamsSchema,
    responses: { 200: z.object({ replica: applicationReplicaSchema, seq: seqSchema }), 404: errorSchema },
  }),
  audit: defineRoute({
    method: 'GET',
    path: '/applications/:id/audit',
    summary: 'Jejak audit berkas (berantai hash), dari yang terlama.',
    access: ['verifier', 'supervisor', 'admin'],
    params: applicationParamsSchema,
    responses: { 200: z.object({ events: z.array(auditEventSchema) }), 404: errorSchema },
  }),
};
