// The recommendation that follows from the verifier's findings: issue (penerbitan) iff every
// applicable requirement meets, otherwise reject (penolakan) with each failed requirement and
// why. The verifier's status decides; the computed results only raise warnings. A requirement
// without exactly one finding leaves the decision incomplete — never a silent issue or reject.
import { requirementIds, type Application, type RequirementId, type SubmittedDocument } from './application';
import type { CalendarDate } from './dates';
import type { Finding } from './findings';
import { decisionWarnings as w, findingStatusLabels, outcomeLabels } from './messages';
import { requirement } from './requirements';
import { evaluateAll } from './rules';
import type { RuleOutcome, RuleResult } from './rules/result';

export type DecisionWarning = { readonly requirement: RequirementId; readonly message: string } & (
  | { readonly kind: 'finding_missing' | 'finding_duplicated' | 'note_missing' }
  | { readonly kind: 'status_disagrees'; readonly status: Finding['status']; readonly computed: RuleOutcome }
  | { readonly kind: 'computed_insufficient' | 'evidence_missing'; readonly status: Finding['status'] }
  | { readonly kind: 'evidence_not_found'; readonly documentId: string; readonly page: number }
);

export interface FailedRequirement {
  readonly requirement: RequirementId;
  readonly label: string;
  /** The verifier's note, or the computed facts when the note is empty. */
  readonly reason: string;
}

export type Decision =
  | { readonly kind: 'issue'; readonly warnings: readonly DecisionWarning[] }
  | { readonly kind: 'reject'; readonly failures: readonly FailedRequirement[]; readonly warnings: readonly DecisionWarning[] }
  | { readonly kind: 'incomplete'; readonly unresolved: readonly RequirementId[]; readonly warnings: readonly DecisionWarning[] };

export interface DecideOptions {
  /** Current rule results; when absent, each finding's own snapshot is compared instead. */
  readonly computed?: readonly RuleResult[];
  /** The application's documents, to check that document evidence points at real pages. */
  readonly documents?: readonly SubmittedDocument[];
}

function findingWarnings(f: Finding, computed: RuleOutcome, documents: readonly SubmittedDocument[] | undefined): DecisionWarning[] {
  const req = f.requirement;
  const status = findingStatusLabels[f.status];
  const out: DecisionWarning[] = [];
  if (computed === 'insufficient_data') {
    out.push({ kind: 'computed_insufficient', requirement: req, status: f.status, message: w.computedInsufficient(req, status) });
  } else if (computed !== f.status) {
    out.push({ kind: 'status_disagrees', requirement: req, status: f.status, computed, message: w.statusDisagrees(req, status, outcomeLabels[computed]) });
  }
  if (f.status !== 'not_applicable' && f.evidence.length === 0) {
    out.push({ kind: 'evidence_missing', requirement: req, status: f.status, message: w.evidenceMissing(req, status) });
  }
  if (f.status === 'fails' && f.note === '') out.push({ kind: 'note_missing', requirement: req, message: w.noteMissing(req) });
  if (documents !== undefined) {
    for (const e of f.evidence) {
      if (e.kind !== 'document') continue;
      const doc = documents.find((d) => d.id === e.documentId);
      if (doc === undefined) {
        out.push({ kind: 'evidence_not_found', requirement: req, documentId: e.documentId, page: e.page, message: w.evidenceNotFound(req, e.documentId) });
      } else if (doc.pages !== undefined && e.page > doc.pages) {
        out.push({ kind: 'evidence_not_found', requirement: req, documentId: e.documentId, page: e.page, message: w.evidencePageOutOfRange(req, e.documentId, e.page, doc.pages) });
      }
    }
  }
  return out;
}

const reasonOf = (f: Finding): string => (f.note !== '' ? f.note : f.computed.facts.join(' ') || w.failedWithoutReason);

export function decide(findings: readonly Finding[], options: DecideOptions = {}): Decision {
  const warnings: DecisionWarning[] = [];
  const unresolved: RequirementId[] = [];
  const failures: FailedRequirement[] = [];
  for (const id of requirementIds) {
    const mine = findings.filter((f) => f.requirement === id);
    const [f] = mine;
    if (f === undefined || mine.length > 1) {
      unresolved.push(id);
      const kind = f === undefined ? 'finding_missing' : 'finding_duplicated';
      warnings.push({ kind, requirement: id, message: f === undefined ? w.findingMissing(id) : w.findingDuplicated(id) });
      continue;
    }
    const computed = options.computed?.find((r) => r.requirement === id)?.outcome ?? f.computed.outcome;
    warnings.push(...findingWarnings(f, computed, options.documents));
    if (f.status === 'fails') failures.push({ requirement: id, label: requirement(id).label, reason: reasonOf(f) });
  }
  if (unresolved.length > 0) return { kind: 'incomplete', unresolved, warnings };
  return failures.length === 0 ? { kind: 'issue', warnings } : { kind: 'reject', failures, warnings };
}

/** decide() against the application's current rule results and documents. */
export function decideApplication(app: Application, findings: readonly Finding[], verificationDate: CalendarDate): Decision {
  return decide(findings, { computed: evaluateAll(app, verificationDate), documents: app.documents });
}
