// One entry point: evaluate every requirement of an application as of a verification date.
import { requirementIds, type Application, type RequirementId } from '../application';
import type { CalendarDate } from '../dates';
import { checkR3 } from './members';
import { checkR1, checkR2 } from './operations';
import { checkR7, checkR8 } from './people';
import { checkR4, checkR5, checkR6 } from './plans';
import type { RuleResult, RuleResultFor } from './result';

type Rule<R extends RequirementId> = (app: Application, verificationDate: CalendarDate) => RuleResultFor<R>;

export const rules: { readonly [R in RequirementId]: Rule<R> } = {
  R1: checkR1,
  R2: (app) => checkR2(app),
  R3: (app) => checkR3(app),
  R4: (app) => checkR4(app),
  R5: (app) => checkR5(app),
  R6: (app) => checkR6(app),
  R7: (app) => checkR7(app),
  R8: checkR8,
};

export function evaluateRequirement<R extends RequirementId>(requirement: R, app: Application, verificationDate: CalendarDate): RuleResultFor<R> {
  const rule: Rule<R> = rules[requirement];
  return rule(app, verificationDate);
}

/** Results for R1–R8, in order. */
export function evaluateAll(app: Application, verificationDate: CalendarDate): RuleResult[] {
  return requirementIds.map((id) => evaluateRequirement(id, app, verificationDate));
}

export { checkR1, checkR2, checkR3, checkR4, checkR5, checkR6, checkR7, checkR8 };
export { measurePeriod } from './period';
export { REQUIRED_MEMBERS } from './members';
export { REQUIRED_OPERATING_MONTHS } from './operations';
export { REQUIRED_PERIOD_MONTHS } from './plans';
export * from './result';
