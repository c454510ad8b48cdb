// What the review needs from a file's records, decided in one place: the submission it answers
// (who, when, which recommendation, how many times resubmitted) and which documents to show.
import type { ApprovalRow, DocumentRow } from '../../db/rows';

export interface Submission {
  readonly step: ApprovalRow;
  /** Submissions after a return: 0 for a first submission. */
  readonly resubmissions: number;
}

/** The latest submission for approval, if the file was ever submitted; history oldest first. */
export function latestSubmission(history: readonly ApprovalRow[]): Submission | undefined {
  const submissions = history.filter((s) => s.action === 'submit_for_approval');
  const step = submissions[submissions.length - 1];
  return step === undefined ? undefined : { step, resubmissions: submissions.length - 1 };
}

export interface ReviewDocuments {
  readonly report: DocumentRow | undefined;
  /** The draft letter the supervisor signs: the newest unsigned one. */
  readonly letter: DocumentRow | undefined;
  readonly signedLetter: DocumentRow | undefined;
}

const newest = (rows: readonly DocumentRow[], pick: (d: DocumentRow) => boolean): DocumentRow | undefined =>
  rows.filter(pick).reduce<DocumentRow | undefined>((best, d) => (best === undefined || d.attachedAt >= best.attachedAt ? d : best), undefined);

export function reviewDocuments(documents: readonly DocumentRow[]): ReviewDocuments {
  return {
    report: newest(documents, (d) => d.kind === 'verification_report'),
    letter: newest(documents, (d) => d.kind === 'recommendation_letter' && !d.signed),
    signedLetter: newest(documents, (d) => d.kind === 'recommendation_letter' && d.signed),
  };
}

/** The documents to offer in the viewer, signed letter first once there is one. */
export function viewerDocuments(docs: ReviewDocuments): DocumentRow[] {
  return [docs.signedLetter, docs.letter, docs.report].filter((d): d is DocumentRow => d !== undefined);
}
