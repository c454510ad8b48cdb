// R7 (prospective head with CV, and staff) and R8 (the head's competency certificate).
import type { Application } from '../application';
import { compareDates, type CalendarDate } from '../dates';
import { nikReasonLabels, ruleFacts as t } from '../messages';
import { normalisePersonName } from '../names';
import { parseNik } from '../nik';
import type { R7Result, R8Result } from './result';

/** Invalid NIKs of the head and staff are reported as facts; they do not decide R7 on their own. */
function nikFacts(app: Application): string[] {
  const people = [
    ...(app.prospectiveHead ? [{ who: `calon pimpinan ${app.prospectiveHead.name}`, nik: app.prospectiveHead.nik }] : []),
    ...app.staff.map((s) => ({ who: `calon karyawan ${s.name}`, nik: s.nik })),
  ];
  return people.flatMap(({ who, nik }) => {
    const parsed = parseNik(nik);
    return parsed.ok ? [] : [t.nikOfPersonInvalid(who, nikReasonLabels[parsed.reason])];
  });
}

export function checkR7(app: Application): R7Result {
  const head = app.prospectiveHead;
  const cv = head?.cvDocumentId === undefined ? undefined : app.documents.find((d) => d.id === head.cvDocumentId);
  const staffCount = app.staff.length;
  const facts = [
    head ? t.headNamed(head.name, head.position) : t.headMissing,
    ...(head ? [cv ? t.cvPresent(cv.fileName) : t.cvMissing] : []),
    t.staffCount(staffCount),
    ...nikFacts(app),
  ];
  const headPresent = head !== undefined;
  const cvPresent = cv !== undefined;
  return {
    requirement: 'R7',
    outcome: headPresent && cvPresent && staffCount >= 1 ? 'meets' : 'fails',
    facts,
    details: { headPresent, cvPresent, staffCount },
  };
}

/** Valid on the verification date (both ends inclusive) and held by the prospective head. */
export function checkR8(app: Application, verificationDate: CalendarDate): R8Result {
  const cert = app.competencyCertificate;
  const head = app.prospectiveHead;
  if (cert === undefined) {
    return {
      requirement: 'R8',
      outcome: 'fails',
      facts: [t.certificateMissing],
      details: { certificatePresent: false, validOnDate: undefined, holderNormalised: undefined, headNormalised: undefined, holderMatches: undefined },
    };
  }
  const validOnDate = compareDates(cert.validFrom, verificationDate) <= 0 && compareDates(verificationDate, cert.validUntil) <= 0;
  const facts = [
    t.certificateIdentity(cert.number, cert.issuer, cert.holder),
    validOnDate ? t.certificateValid(cert.validFrom, cert.validUntil, verificationDate) : t.certificateNotValid(cert.validFrom, cert.validUntil, verificationDate),
  ];
  const holderNormalised = normalisePersonName(cert.holder);
  const headNormalised = head ? normalisePersonName(head.name) : undefined;
  const holderMatches = headNormalised === undefined ? undefined : holderNormalised !== '' && holderNormalised === headNormalised;
  if (head === undefined) facts.push(t.holderUncheckable);
  else facts.push(holderMatches === true ? t.holderMatches(head.name) : t.holderDiffers(cert.holder, head.name));
  const outcome = !validOnDate || holderMatches === false ? 'fails' : holderMatches === undefined ? 'insufficient_data' : 'meets';
  return { requirement: 'R8', outcome, facts, details: { certificatePresent: true, validOnDate, holderNormalised, headNormalised, holderMatches } };
}
