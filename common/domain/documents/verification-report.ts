// Berita Acara Verifikasi Teknis as plain data: every sentence already worded, every list
// already ordered, so a renderer (PDF or screen) only lays it out.
import type { Application } from '../application';
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings';
import { requirement } from '../requirements';
import { dateInWords } from '../wording';
import { placeAndDate } from './format';
import type { IssuingOffice, Official } from './people';
import { applicantSummary, completeDecision, findingRows, invalid, photoAppendix, type DocumentResult, type FindingRow, type LabelledValue, type PhotoEntry } from './shared';
import { documentErrors, reportTexts } from './texts';

export interface VerificationReportInput {
  readonly application: Application;
  readonly findings: readonly Finding[];
  /** The Berita Acara's own letter number. */
  readonly number: string;
  /** The day the verification took place and the report is signed ("Pada hari ini …"). */
  readonly date: CalendarDate;
  readonly office: IssuingOffice;
  readonly team: readonly Official[];
  /** The official in the "Mengetahui" block (Kepala Bidang or Kepala Dinas). */
  readonly acknowledgedBy: Official;
}

export interface VerificationReportView {
  readonly kind: 'verification_report';
  readonly recommendation: 'issue' | 'reject';
  readonly letterhead: IssuingOffice;
  readonly title: string;
  readonly subtitle: string;
  readonly number: string;
  readonly opening: string;
  readonly teamHeading: string;
  readonly team: readonly (Official & { readonly number: number })[];
  readonly examined: readonly LabelledValue[];
  readonly findingsHeading: string;
  readonly findings: readonly FindingRow[];
  readonly conclusion: string;
  readonly closing: string;
  readonly placeAndDate: string;
  readonly signatures: readonly Official[];
  readonly acknowledgement: { readonly heading: string; readonly official: Official };
  readonly photoAppendixTitle: string;
  readonly photos: readonly PhotoEntry[];
}

export function buildVerificationReport(input: VerificationReportInput): DocumentResult<VerificationReportView> {
  const { application: app, findings, office } = input;
  if (input.number.trim() === '') return invalid(documentErrors.badLetterNumber);
  if (input.team.length === 0) return invalid(documentErrors.noTeam);
  const decided = completeDecision(app, findings);
  if (!decided.ok) return decided;
  const decision = decided.value;
  const photos = photoAppendix(findings);
  const failed = decision.kind === 'reject' ? decision.failures.map((f) => `${f.requirement} (${requirement(f.requirement).label})`).join('; ') : '';
  return {
    ok: true,
    value: {
      kind: 'verification_report',
      recommendation: decision.kind,
      letterhead: office,
      title: reportTexts.title,
      subtitle: reportTexts.subtitle,
      number: input.number.trim(),
      opening: reportTexts.opening(dateInWords(input.date), office.agency, office.region),
      teamHeading: reportTexts.teamHeading,
      team: input.team.map((member, i) => ({ ...member, number: i + 1 })),
      examined: applicantSummary(app),
      findingsHeading: reportTexts.findingsHeading,
      findings: findingRows(app, findings, photos),
      conclusion: decision.kind === 'issue' ? reportTexts.conclusionIssue(app.applicant.name) : reportTexts.conclusionReject(app.applicant.name, failed),
      closing: reportTexts.closing,
      placeAndDate: placeAndDate(office.place, input.date),
      signatures: input.team,
      acknowledgement: { heading: reportTexts.acknowledged, official: input.acknowledgedBy },
      photoAppendixTitle: reportTexts.photoAppendix,
      photos,
    },
  };
}
