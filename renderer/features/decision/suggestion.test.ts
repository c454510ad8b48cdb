import { describe, expect, it } from 'vitest';
import { evaluateAll, requirementIds, type CalendarDate } from '../../../common/domain';
import { applicationFailing, cleanApplication, VERIFICATION_DATE } from '../../../common/domain/fixtures';
import { suggestDecision } from './suggestion';

const date = VERIFICATION_DATE as CalendarDate;

describe('suggestDecision', () => {
  it('suggests issuing for the clean application', () => {
    expect(suggestDecision(evaluateAll(cleanApplication(), date))).toEqual({ kind: 'issue' });
  });

  it.each(requirementIds)('suggests rejecting, naming %s, when only it fails', (r) => {
    expect(suggestDecision(evaluateAll(applicationFailing[r](), date))).toEqual({ kind: 'reject', failing: [r] });
  });

  it('makes no suggestion while a rule lacks data, still naming what fails', () => {
    const app = cleanApplication();
    const withoutStart = { ...app, branchOffice: { ...app.branchOffice, operationsStartedOn: undefined } };
    expect(suggestDecision(evaluateAll(withoutStart, date))).toEqual({ kind: 'undetermined', insufficient: ['R2'], failing: [] });
  });
});
