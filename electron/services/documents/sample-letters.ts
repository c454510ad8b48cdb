// Signed sample letters for `npm run samples` and the demo: for a given application, the Berita
// Acara signed by a demo verifier (team) and a demo supervisor (Mengetahui), and the Surat
// Rekomendasi signed by the supervisor as signatory — built from the domain fixtures' findings
// exactly as the app builds them from a verifier's.
import type { CalendarDate, Application, Official } from '../../../common/domain';
import { buildRecommendationLetter, buildVerificationReport } from '../../../common/domain';
import { sampleAddressee, sampleOffice, suggestedFindings } from '../../../common/domain/fixtures';
import type { Signer } from '../signing/signer';
import { joinSigned, signPdf } from '../signing/pades';
import type { RenderContext } from './document-frame';
import { renderRecommendationLetter } from './recommendation-letter-pdf';
import { renderVerificationReport } from './verification-report-pdf';

export interface SampleSigner {
  readonly official: Official;
  readonly signer: Signer;
}

export interface SampleLetterOptions {
  readonly application: Application;
  readonly verificationDate: CalendarDate;
  readonly letterDate: CalendarDate;
  readonly sequence: number;
  readonly verifier: SampleSigner;
  readonly supervisor: SampleSigner;
  readonly verificationBaseUrl: string;
  readonly context: RenderContext;
  readonly signedAt: Date;
}

export interface SampleLetters {
  readonly recommendation: 'issue' | 'reject';
  readonly verificationReport: Uint8Array;
  readonly recommendationLetter: Uint8Array;
}

const number = (sequence: number, year: number): string => `500.3/${String(sequence).padStart(3, '0')}/DKUKMP/${String(year)}`;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function signedSampleLetters(options: SampleLetterOptions): Promise<SampleLetters> {
  const { application, verifier, supervisor } = options;
  const findings = suggestedFindings(application, options.verificationDate);
  const year = Number(options.letterDate.slice(0, 4));
  const reportNumber = number(options.sequence, year);
  const report = unwrap(
    buildVerificationReport({
      application,
      findings,
      number: reportNumber,
      date: options.verificationDate,
      office: sampleOffice,
      team: [verifier.official],
      acknowledgedBy: supervisor.official,
    }),
  );
  const letter = unwrap(
    buildRecommendationLetter({
      application,
      findings,
      number: number(options.sequence + 1, year),
      date: options.letterDate,
      office: sampleOffice,
      addressee: sampleAddressee,
      report: { number: reportNumber, date: options.verificationDate },
      signatory: supervisor.official,
      attachments: 1,
      carbonCopies: ['Wali Kota Bontang (sebagai laporan)', 'Arsip'],
      verificationUrl: `${options.verificationBaseUrl}/${application.id}-rekomendasi`,
    }),
  );
  const at = { location: 'Bontang', signedAt: options.signedAt };
  const ba = await renderVerificationReport(report, options.context);
  // Joined into one buffer: the second signature parses the first's output, and the samples
  // command checks each letter whole (small letters, and not a path a person waits on).
  const baVerified = joinSigned(await signPdf(ba.bytes, verifier.signer, { ...at, field: 'tim_1', reason: 'Verifikasi teknis oleh Tim Teknis' }));
  const baSigned = joinSigned(await signPdf(baVerified, supervisor.signer, { ...at, field: 'mengetahui', reason: 'Mengetahui Berita Acara Verifikasi' }));
  const sr = await renderRecommendationLetter(letter, options.context);
  const srSigned = joinSigned(await signPdf(sr.bytes, supervisor.signer, { ...at, field: 'penandatangan', reason: 'Rekomendasi kepada DPMPTSP' }));
  return { recommendation: report.recommendation, verificationReport: baSigned, recommendationLetter: srSigned };
}
