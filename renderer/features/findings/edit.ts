// The edits a verifier makes to a finding, as pure functions on the draft the database stores.
// Choosing a status also records what the rule computed at that moment: the record keeps what
// the verifier saw when deciding, even if the rule's answer changes later.
import {
  requirement as requirementOf,
  snapshotOf,
  type CalendarDate,
  type EvidenceRef,
  type FindingStatus,
  type RequirementId,
  type RuleResult,
} from '../../../common/domain';
import type { FindingDraft } from '../../db/model';

export function emptyDraft(applicationId: string, requirement: RequirementId): FindingDraft {
  return { applicationId, requirement, status: null, note: '', evidence: [] };
}

/** The statuses a verifier may choose for a requirement: "tidak berlaku" only where allowed (R5). */
export function statusesFor(requirement: RequirementId): readonly FindingStatus[] {
  return requirementOf(requirement).mayBeNotApplicable ? ['meets', 'fails', 'not_applicable'] : ['meets', 'fails'];
}

export function withStatus(draft: FindingDraft, status: FindingStatus, result: RuleResult, verificationDate: CalendarDate): FindingDraft {
  if (!statusesFor(draft.requirement).includes(status)) return draft;
  if (draft.status === status && draft.computed !== undefined) return draft;
  return { ...draft, status, computed: snapshotOf(result, verificationDate) };
}

export const withNote = (draft: FindingDraft, note: string): FindingDraft => (draft.note === note ? draft : { ...draft, note });

export const sameEvidence = (a: EvidenceRef, b: EvidenceRef): boolean =>
  a.kind === 'document' && b.kind === 'document' ? a.documentId === b.documentId && a.page === b.page : a.kind === 'photo' && b.kind === 'photo' && a.blobSha256 === b.blobSha256;

export function withEvidence(draft: FindingDraft, ref: EvidenceRef): FindingDraft {
  return draft.evidence.some((e) => sameEvidence(e, ref)) ? draft : { ...draft, evidence: [...draft.evidence, ref] };
}

export function withoutEvidence(draft: FindingDraft, index: number): FindingDraft {
  return index < 0 || index >= draft.evidence.length ? draft : { ...draft, evidence: draft.evidence.filter((_, i) => i !== index) };
}
