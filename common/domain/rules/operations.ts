// R1 (operating permit of the Kantor Cabang) and R2 (≥ 6 months of savings-and-loan business).
import type { Application } from '../application';
import { compareDates, monthsBetween, type CalendarDate } from '../dates';
import { ruleFacts as t } from '../messages';
import type { R1Result, R2Result } from './result';

/** Present, issued no later than the application, and not expired on the verification date. */
export function checkR1(app: Application, verificationDate: CalendarDate): R1Result {
  const permit = app.branchOffice.operatingPermit;
  if (permit === undefined) {
    return { requirement: 'R1', outcome: 'fails', facts: [t.permitMissing], details: { permitPresent: false, validUntil: undefined, expired: false } };
  }
  const facts = [t.permitIdentity(permit.number, permit.issuer, permit.date)];
  const expired = permit.validUntil !== undefined && compareDates(permit.validUntil, verificationDate) < 0;
  const issuedLate = compareDates(permit.date, app.applicationDate) > 0;
  if (permit.validUntil === undefined) facts.push(t.permitNoExpiry);
  else facts.push(expired ? t.permitExpired(permit.validUntil, verificationDate) : t.permitValidUntil(permit.validUntil));
  if (issuedLate) facts.push(t.permitAfterApplication(permit.date, app.applicationDate));
  return {
    requirement: 'R1',
    outcome: expired || issuedLate ? 'fails' : 'meets',
    facts,
    details: { permitPresent: true, validUntil: permit.validUntil, expired },
  };
}

export const REQUIRED_OPERATING_MONTHS = 6;

/** Whole calendar months from the start of operations to the application date (dates.ts monthsBetween). */
export function checkR2(app: Application): R2Result {
  const started = app.branchOffice.operationsStartedOn;
  const required = REQUIRED_OPERATING_MONTHS;
  if (started === undefined) {
    return { requirement: 'R2', outcome: 'insufficient_data', facts: [t.startUnknown, t.needMonths(required)], details: { startedOn: undefined, months: undefined, requiredMonths: required } };
  }
  const months = monthsBetween(started, app.applicationDate);
  return {
    requirement: 'R2',
    outcome: months >= required ? 'meets' : 'fails',
    facts: [t.operatedMonths(started, app.applicationDate, months), t.needMonths(required)],
    details: { startedOn: started, months, requiredMonths: required },
  };
}
