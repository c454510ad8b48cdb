// Sample people, devices and operation builders for tests of the sync core, the server and the
// client's sync engine. Not re-exported from index.ts: only tests import it.
import { cleanApplicationInput, suggestedFindings, VERIFICATION_DATE } from '../domain/fixtures';
import { applicationSchema, parseCalendarDate, requirementIds, type ApplicationInput, type Finding, type RequirementId, type WorkflowAction } from '../domain';
import type { Actor } from './apply';
import type { ModelUser } from './model';
import type { OperationInput } from './operation';

export const sampleUsers = {
  siti: { id: '1', role: 'verifier', displayName: 'Siti Rahmawati', active: true },
  andi: { id: '2', role: 'verifier', displayName: 'Andi Baso Pratama', active: true },
  ketua: { id: '3', role: 'supervisor', displayName: 'Drs. H. Bambang Sutrisno, M.M.', active: true },
  admin: { id: '4', role: 'admin', displayName: 'Administrator Dinas', active: true },
} as const satisfies Record<string, ModelUser>;

export const actorOf = (u: ModelUser): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName });

/** Two devices per person, as fixed UUIDs so failures are reproducible. */
export const devices = {
  sitiLaptop: '00000000-0000-4000-8000-000000000011',
  sitiTablet: '00000000-0000-4000-8000-000000000012',
  andiLaptop: '00000000-0000-4000-8000-000000000021',
  ketuaLaptop: '00000000-0000-4000-8000-000000000031',
  adminDesk: '00000000-0000-4000-8000-000000000041',
} as const;

/** The clean sample application under another id. */
export function sampleApplication(id: string): ApplicationInput {
  return { ...cleanApplicationInput(), id };
}

/** A day on which the clean sample meets every requirement (the server's "today" in tests). */
export const SAMPLE_NOW = new Date(`${VERIFICATION_DATE}T02:00:00.000Z`);

/** The findings a verifier would record on the sample application: every suggestion accepted. */
export function sampleFindings(): Finding[] {
  const date = parseCalendarDate(VERIFICATION_DATE);
  if (date === undefined) throw new Error('VERIFICATION_DATE');
  return suggestedFindings(applicationSchema.parse(cleanApplicationInput()), date);
}

let counter = 0;
/** A fresh, valid operation id (deterministic within a test run). */
export function nextOpId(): string {
  counter += 1;
  return `10000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** finding.set operations that record every sample finding on an application, each from base 0. */
export function findingOperations(applicationId: string, requirements: readonly RequirementId[] = requirementIds): OperationInput[] {
  return sampleFindings()
    .filter((f) => requirements.includes(f.requirement))
    .map((f) => ({
      id: nextOpId(),
      type: 'finding.set',
      applicationId,
      requirement: f.requirement,
      changes: {
        status: { value: { status: f.status, computed: f.computed }, base: 0 },
        note: { value: f.note, base: 0 },
        evidence: { value: f.evidence, base: 0 },
      },
    }));
}

export const workflowOperation = (
  applicationId: string,
  action: WorkflowAction,
  extra: { readonly reason?: string; readonly documentId?: string } = {},
): OperationInput => ({ id: nextOpId(), type: 'workflow.act', applicationId, action, ...extra });
