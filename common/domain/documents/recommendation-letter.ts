// Surat Rekomendasi (issue or reject) to the head of DPMPTSP as plain data for a renderer.
import type { Application, RequirementId } from '../application';
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings';
import { findingStatusLabels } from '../messages';
import { requirement } from '../requirements';
import { terbilang } from '../wording';
import { placeAndDate } from './format';
import type { Addressee, IssuingOffice, Official } from './people';
import { applicantSummary, completeDecision, invalid, type DocumentResult, type LabelledValue } from './shared';
import { documentErrors, letterTexts } from './texts';

export interface RecommendationLetterInput {
  readonly application: Application;
  readonly findings: readonly Finding[];
  readonly number: string;
  readonly date: CalendarDate;
  readonly office: IssuingOffice;
  readonly addressee: Addressee;
  /** The Berita Acara this letter rests on. */
  readonly report: { readonly number: string; readonly date: CalendarDate };
  readonly signatory: Official;
  /** Number of attached bundles ("Lampiran"); 0 prints "-". */
  readonly attachments: number;
  /** Tembusan, in order. */
  readonly carbonCopies: readonly string[];
  /** Where the QR code leads to check the signed letter. */
  readonly verificationUrl: string;
}

export interface RecommendationLetterView {
  readonly kind: 'recommendation_letter';
  readonly recommendation: 'issue' | 'reject';
  readonly letterhead: IssuingOffice;
  /** Nomor / Sifat / Lampiran / Hal, on the left. */
  readonly header: readonly LabelledValue[];
  /** On the right, level with the header. */
  readonly placeAndDate: string;
  readonly addressee: { readonly salutation: string; readonly lines: readonly string[] };
  readonly opening: string;
  readonly applicant: readonly LabelledValue[];
  readonly resultsHeading: string;
  readonly results: readonly { readonly number: number; readonly requirement: RequirementId; readonly label: string; readonly statusLabel: string }[];
  readonly decision: string;
  /** Empty for an issue recommendation. */
  readonly reasons: readonly { readonly requirement: RequirementId; readonly label: string; readonly reason: string }[];
  readonly closing: string;
  readonly signatory: Official;
  readonly verificationUrl: string;
  readonly qrCaption: string;
  readonly carbonCopiesHeading: string;
  readonly carbonCopies: readonly string[];
}

const attachmentText = (n: number): string => (n === 0 ? '-' : `${String(n)} (${terbilang(n)}) berkas`);

export function buildRecommendationLetter(input: RecommendationLetterInput): DocumentResult<RecommendationLetterView> {
  const { application: app, office } = input;
  if (input.number.trim() === '' || input.report.number.trim() === '') return invalid(documentErrors.badLetterNumber);
  if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(input.verificationUrl)) return invalid(documentErrors.badUrl);
  if (!Number.isInteger(input.attachments) || input.attachments < 0 || input.attachments > 99) return invalid('Jumlah lampiran harus bilangan bulat 0–99.');
  const decided = completeDecision(app, input.findings);
  if (!decided.ok) return decided;
  const decision = decided.value;
  const results = input.findings
    .map((f) => ({ requirement: f.requirement, label: requirement(f.requirement).label, statusLabel: findingStatusLabels[f.status], n: requirement(f.requirement).number }))
    .sort((a, b) => a.n - b.n)
    .map(({ n: _n, ...r }, i) => ({ number: i + 1, ...r }));
  return {
    ok: true,
    value: {
      kind: 'recommendation_letter',
      recommendation: decision.kind,
      letterhead: office,
      header: [
        { label: 'Nomor', value: input.number.trim() },
        { label: 'Sifat', value: letterTexts.nature },
        { label: 'Lampiran', value: attachmentText(input.attachments) },
        { label: 'Hal', value: decision.kind === 'issue' ? letterTexts.subjectIssue : letterTexts.subjectReject },
      ],
      placeAndDate: placeAndDate(office.place, input.date),
      addressee: { salutation: letterTexts.salutation, lines: [input.addressee.title, 'di -', input.addressee.place] },
      opening: letterTexts.opening(app.applicant.name, app.registrationNumber, app.applicationDate, input.report.number.trim(), input.report.date),
      applicant: applicantSummary(app),
      resultsHeading: letterTexts.resultsHeading,
      results,
      decision: decision.kind === 'issue' ? letterTexts.decisionIssue(office.agency) : letterTexts.decisionReject(office.agency),
      reasons: decision.kind === 'issue' ? [] : decision.failures.map((f) => ({ requirement: f.requirement, label: f.label, reason: f.reason })),
      closing: letterTexts.closing,
      signatory: input.signatory,
      verificationUrl: input.verificationUrl,
      qrCaption: letterTexts.qrCaption,
      carbonCopiesHeading: letterTexts.ccHeading,
      carbonCopies: input.carbonCopies,
    },
  };
}
