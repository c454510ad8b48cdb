// Parts both documents share: the findings as rows, the photo appendix, the applicant summary,
// and the check that the findings are complete before anything official is drafted.
import { requirementIds, type Application, type RequirementId } from '../application';
import { decide, type FailedRequirement } from '../decision';
import type { Finding, FindingStatus } from '../findings';
import { findingStatusLabels } from '../messages';
import { requirement } from '../requirements';
import { formatDateLong } from '../wording';
import { describeEvidence, formatCoordinates, formatPhotoTime } from './format';
import { documentErrors, labels } from './texts';

export type DocumentErrorCode = 'decision_incomplete' | 'invalid_input';
export type DocumentResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: { readonly code: DocumentErrorCode; readonly message: string } };

export const invalid = (message: string): DocumentResult<never> => ({ ok: false, error: { code: 'invalid_input', message } });

export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

export interface FindingRow {
  readonly number: number;
  readonly requirement: RequirementId;
  readonly label: string;
  readonly status: FindingStatus;
  readonly statusLabel: string;
  /** What the rule computed when the verifier set the status. */
  readonly facts: readonly string[];
  readonly note: string;
  readonly evidence: readonly string[];
}

export interface PhotoEntry {
  readonly number: number;
  readonly blobSha256: string;
  readonly requirement: RequirementId;
  readonly caption: string;
  readonly takenAt: string | undefined;
  readonly location: string | undefined;
}

export type CompleteDecision = { readonly kind: 'issue' } | { readonly kind: 'reject'; readonly failures: readonly FailedRequirement[] };

/** The decision when every requirement has exactly one finding; an error result otherwise. */
export function completeDecision(app: Application, findings: readonly Finding[]): DocumentResult<CompleteDecision> {
  const decision = decide(findings, { documents: app.documents });
  if (decision.kind === 'incomplete') return { ok: false, error: { code: 'decision_incomplete', message: documentErrors.incomplete(decision.unresolved.join(', ')) } };
  return { ok: true, value: decision.kind === 'issue' ? { kind: 'issue' } : { kind: 'reject', failures: decision.failures } };
}

const ordered = (findings: readonly Finding[]): Finding[] =>
  requirementIds.flatMap((id) => findings.filter((f) => f.requirement === id));

export function photoAppendix(findings: readonly Finding[]): PhotoEntry[] {
  const photos: PhotoEntry[] = [];
  for (const f of ordered(findings)) {
    for (const e of f.evidence) {
      if (e.kind !== 'photo' || photos.some((p) => p.blobSha256 === e.blobSha256)) continue;
      photos.push({
        number: photos.length + 1,
        blobSha256: e.blobSha256,
        requirement: f.requirement,
        caption: `${f.requirement} — ${requirement(f.requirement).label}`,
        takenAt: e.takenAt === undefined ? undefined : formatPhotoTime(e.takenAt, e.takenAtSource),
        location: e.lat === undefined || e.lon === undefined ? undefined : formatCoordinates(e.lat, e.lon),
      });
    }
  }
  return photos;
}

export function findingRows(app: Application, findings: readonly Finding[], photos: readonly PhotoEntry[]): FindingRow[] {
  const photoNumber = (sha: string) => photos.find((p) => p.blobSha256 === sha)?.number;
  return ordered(findings).map((f, i) => ({
    number: i + 1,
    requirement: f.requirement,
    label: requirement(f.requirement).label,
    status: f.status,
    statusLabel: findingStatusLabels[f.status],
    facts: f.computed.facts,
    note: f.note,
    evidence: f.evidence.map((e) => describeEvidence(e, app, photoNumber)),
  }));
}

export function applicantSummary(app: Application): LabelledValue[] {
  const rows: LabelledValue[] = [
    { label: labels.applicant, value: app.applicant.name },
    { label: labels.legalEntity, value: `${app.applicant.legalEntity.number} tanggal ${formatDateLong(app.applicant.legalEntity.date)}` },
    { label: labels.nib, value: app.applicant.nib },
    { label: labels.registration, value: app.registrationNumber },
    { label: labels.applicationDate, value: formatDateLong(app.applicationDate) },
    { label: labels.branch, value: `${app.branchOffice.name}, ${app.branchOffice.address}` },
    { label: labels.subBranch, value: app.subBranch.address },
  ];
  const c = app.subBranch.coordinates;
  if (c) rows.push({ label: labels.coordinates, value: formatCoordinates(c.lat, c.lon) });
  if (app.prospectiveHead) rows.push({ label: labels.head, value: app.prospectiveHead.name });
  return rows;
}
