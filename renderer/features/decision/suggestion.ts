// The recommendation the rules alone would give: what the decision would be if the verifier
// took every computed outcome as their status. Shown beside the verifier's own, so that a
// difference is seen before the file goes to the supervisor.
import { suggestedStatus, type RequirementId, type RuleResult } from '../../../common/domain';

export type Suggestion =
  | { readonly kind: 'issue' }
  | { readonly kind: 'reject'; readonly failing: readonly RequirementId[] }
  /** Some rule lacks the data to compute: no suggestion until the verifier judges it. */
  | { readonly kind: 'undetermined'; readonly insufficient: readonly RequirementId[]; readonly failing: readonly RequirementId[] };

export function suggestDecision(results: readonly RuleResult[]): Suggestion {
  const insufficient = results.filter((r) => suggestedStatus(r) === undefined).map((r) => r.requirement);
  const failing = results.filter((r) => r.outcome === 'fails').map((r) => r.requirement);
  if (insufficient.length > 0) return { kind: 'undetermined', insufficient, failing };
  return failing.length === 0 ? { kind: 'issue' } : { kind: 'reject', failing };
}
