// What a rule computes for one requirement. The outcome is a suggestion for the verifier, the
// facts say (in Indonesian, for the UI) why, and the details carry the structured data a screen
// or a document may want to show (rows of the member list, month counts, normalised names).
import { z } from 'zod';
import type { RequirementId } from '../application';
import type { CalendarDate } from '../dates';
import type { NikInvalidReason } from '../nik';

export const ruleOutcomes = ['meets', 'fails', 'not_applicable', 'insufficient_data'] as const;
export const ruleOutcomeSchema = z.enum(ruleOutcomes);
export type RuleOutcome = z.infer<typeof ruleOutcomeSchema>;

interface Computed<R extends RequirementId, D> {
  readonly requirement: R;
  readonly outcome: RuleOutcome;
  readonly facts: readonly string[];
  readonly details: D;
}

export type R1Result = Computed<'R1', { readonly permitPresent: boolean; readonly validUntil: CalendarDate | undefined; readonly expired: boolean }>;
export type R2Result = Computed<'R2', { readonly startedOn: CalendarDate | undefined; readonly months: number | undefined; readonly requiredMonths: number }>;

/** Row numbers are 1-based, as in the member list the applicant submitted. */
export interface InvalidNikRow {
  readonly row: number;
  readonly name: string;
  readonly nik: string;
  readonly reason: NikInvalidReason;
}
export interface DuplicateNikRow {
  readonly row: number;
  readonly firstRow: number;
  readonly name: string;
  readonly nik: string;
}
export interface OutsideAreaRow {
  readonly row: number;
  readonly name: string;
  readonly nik: string;
  readonly kabKotaCode: string;
}
export type R3Result = Computed<
  'R3',
  {
    readonly kabKotaCode: string;
    readonly requiredMembers: number;
    readonly distinctInArea: number;
    readonly invalid: readonly InvalidNikRow[];
    readonly duplicates: readonly DuplicateNikRow[];
    readonly outsideArea: readonly OutsideAreaRow[];
  }
>;

export interface PeriodCheck {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** Whole months the inclusive period covers: monthsBetween(from, to + 1 day). */
  readonly monthsCovered: number;
}
export type R4Result = Computed<'R4', { readonly period: PeriodCheck | undefined; readonly earliestEnd: CalendarDate; readonly endsInWindow: boolean | undefined }>;
export type R5Result = Computed<'R5', { readonly applicable: boolean; readonly approvalPresent: boolean }>;
export type R6Result = Computed<'R6', { readonly period: PeriodCheck | undefined }>;
export type R7Result = Computed<'R7', { readonly headPresent: boolean; readonly cvPresent: boolean; readonly staffCount: number }>;
export type R8Result = Computed<
  'R8',
  {
    readonly certificatePresent: boolean;
    readonly validOnDate: boolean | undefined;
    readonly holderNormalised: string | undefined;
    readonly headNormalised: string | undefined;
    readonly holderMatches: boolean | undefined;
  }
>;

export type RuleResult = R1Result | R2Result | R3Result | R4Result | R5Result | R6Result | R7Result | R8Result;

/** The result of the rule for requirement R. */
export type RuleResultFor<R extends RequirementId> = Extract<RuleResult, { requirement: R }>;
