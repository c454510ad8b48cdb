// R4 (financial report of the last year), R5 (regional approval when the KC is elsewhere) and
// R6 (work plan of at least a year).
import type { Application } from '../application';
import { addMonths, compareDates } from '../dates';
import { ruleFacts as t } from '../messages';
import { measurePeriod } from './period';
import type { R4Result, R5Result, R6Result } from './result';

export const REQUIRED_PERIOD_MONTHS = 12;

/**
 * The report covers ≥ 12 whole months (see period.ts) and ends in the 12 months up to the
 * application: addMonths(applicationDate, -12) ≤ end ≤ applicationDate. A report ending after
 * the application date cannot have been final when the applicant applied, so it fails too.
 */
export function checkR4(app: Application): R4Result {
  const earliestEnd = addMonths(app.applicationDate, -REQUIRED_PERIOD_MONTHS);
  if (app.financialReportPeriod === undefined) {
    return { requirement: 'R4', outcome: 'fails', facts: [t.reportMissing], details: { period: undefined, earliestEnd, endsInWindow: undefined } };
  }
  const period = measurePeriod(app.financialReportPeriod);
  const endsInWindow = compareDates(earliestEnd, period.to) <= 0 && compareDates(period.to, app.applicationDate) <= 0;
  return {
    requirement: 'R4',
    outcome: period.monthsCovered >= REQUIRED_PERIOD_MONTHS && endsInWindow ? 'meets' : 'fails',
    facts: [
      t.periodCovered('Laporan keuangan', period.from, period.to, period.monthsCovered),
      t.needMonths(REQUIRED_PERIOD_MONTHS),
      t.reportWindow(period.to, earliestEnd, app.applicationDate),
    ],
    details: { period, earliestEnd, endsInWindow },
  };
}

/** Applicable iff the Kantor Cabang's kab/kota differs from the KCP's; then the approval must be there. */
export function checkR5(app: Application): R5Result {
  const kc = app.branchOffice.kabKotaCode;
  const kcp = app.subBranch.kabKotaCode;
  const approval = app.regionalApproval;
  const approvalPresent = approval !== undefined;
  if (kc === kcp) {
    return { requirement: 'R5', outcome: 'not_applicable', facts: [t.sameRegion(kc)], details: { applicable: false, approvalPresent } };
  }
  return {
    requirement: 'R5',
    outcome: approvalPresent ? 'meets' : 'fails',
    facts: [t.otherRegion(kc, kcp), approval ? t.approvalPresent(approval.number, approval.official, approval.date) : t.approvalMissing],
    details: { applicable: true, approvalPresent },
  };
}

export function checkR6(app: Application): R6Result {
  if (app.workPlanPeriod === undefined) {
    return { requirement: 'R6', outcome: 'fails', facts: [t.planMissing], details: { period: undefined } };
  }
  const period = measurePeriod(app.workPlanPeriod);
  return {
    requirement: 'R6',
    outcome: period.monthsCovered >= REQUIRED_PERIOD_MONTHS ? 'meets' : 'fails',
    facts: [t.periodCovered('Rencana kerja', period.from, period.to, period.monthsCovered), t.needMonths(REQUIRED_PERIOD_MONTHS)],
    details: { period },
  };
}
