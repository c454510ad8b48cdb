// The life of an application at the Dinas, decided by the server with this table and the
// caller's role (never by a client's claim about the state):
//   received → in_verification → awaiting_approval → approved → signed → delivered
//                    ↑                   ↓
//                    └──── returned ←────┘   (the supervisor returns it with reasons)
// A rejection is not a state: it is a recommendation (penolakan) that goes through the same
// approval and signing as an issue recommendation. Submitting it requires a reason, as does
// returning a file. Every refusal is a typed error the caller can branch on.
import { z } from 'zod';
import { workflowMessages as m } from './messages';

export const workflowStates = ['received', 'in_verification', 'awaiting_approval', 'returned', 'approved', 'signed', 'delivered'] as const;
export const workflowStateSchema = z.enum(workflowStates);
export type WorkflowState = z.infer<typeof workflowStateSchema>;

export const roles = ['verifier', 'supervisor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const workflowActions = ['start_verification', 'submit_for_approval', 'return_to_verifier', 'resume_verification', 'approve', 'sign', 'deliver'] as const;
export const workflowActionSchema = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export interface TransitionRule {
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly roles: readonly Role[];
}

/** Each action is legal from exactly one state. */
export const transitionTable: { readonly [A in WorkflowAction]: TransitionRule } = {
  start_verification: { from: 'received', to: 'in_verification', roles: ['verifier'] },
  submit_for_approval: { from: 'in_verification', to: 'awaiting_approval', roles: ['verifier'] },
  return_to_verifier: { from: 'awaiting_approval', to: 'returned', roles: ['supervisor'] },
  resume_verification: { from: 'returned', to: 'in_verification', roles: ['verifier'] },
  approve: { from: 'awaiting_approval', to: 'approved', roles: ['supervisor'] },
  sign: { from: 'approved', to: 'signed', roles: ['supervisor'] },
  // Handing the signed recommendation to DPMPTSP may be done by the signer or the administrator.
  deliver: { from: 'signed', to: 'delivered', roles: ['supervisor', 'admin'] },
};

export const actorSchema = z.object({ role: roleSchema, userId: z.string().min(1).max(128) });
export type Actor = z.infer<typeof actorSchema>;

export interface TransitionContext {
  /** Why the file is returned, or why rejection is recommended. */
  readonly reason?: string;
  /** The recommendation being submitted (from decide()); required to submit. */
  readonly recommendation?: 'issue' | 'reject' | 'incomplete';
  /** When given, only these verifiers may act as verifier on this application. */
  readonly assignedVerifierIds?: readonly string[];
}

export type WorkflowErrorCode = 'illegal_transition' | 'role_not_allowed' | 'not_assigned' | 'reason_required' | 'decision_incomplete';

export interface WorkflowError {
  readonly code: WorkflowErrorCode;
  /** Indonesian, for the person who tried. */
  readonly message: string;
  readonly state: WorkflowState;
  readonly action: WorkflowAction;
}

export interface Transition {
  readonly action: WorkflowAction;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly actor: Actor;
  readonly reason?: string;
  readonly recommendation?: 'issue' | 'reject';
}

export type TransitionResult = { readonly ok: true; readonly value: Transition } | { readonly ok: false; readonly error: WorkflowError };

const refuse = (code: WorkflowErrorCode, message: string, state: WorkflowState, action: WorkflowAction): TransitionResult => ({
  ok: false,
  error: { code, message, state, action },
});

export function transition(state: WorkflowState, action: WorkflowAction, actor: Actor, context: TransitionContext = {}): TransitionResult {
  const rule = transitionTable[action];
  if (rule.from !== state) return refuse('illegal_transition', m.illegal(action, state), state, action);
  if (!rule.roles.includes(actor.role)) return refuse('role_not_allowed', m.roleNotAllowed(action, rule.roles), state, action);
  const assigned = context.assignedVerifierIds;
  if (actor.role === 'verifier' && assigned !== undefined && !assigned.includes(actor.userId)) {
    return refuse('not_assigned', m.notAssigned, state, action);
  }
  const reason = context.reason?.trim() ?? '';
  const base = { action, from: state, to: rule.to, actor };
  if (action === 'return_to_verifier') {
    return reason === '' ? refuse('reason_required', m.returnNeedsReason, state, action) : { ok: true, value: { ...base, reason } };
  }
  if (action === 'submit_for_approval') {
    const recommendation = context.recommendation;
    if (recommendation === undefined || recommendation === 'incomplete') return refuse('decision_incomplete', m.decisionIncomplete, state, action);
    if (recommendation === 'reject' && reason === '') return refuse('reason_required', m.rejectNeedsReason, state, action);
    return { ok: true, value: recommendation === 'reject' ? { ...base, recommendation, reason } : { ...base, recommendation } };
  }
  return { ok: true, value: base };
}

/** The actions a role may take in a state (for showing buttons; the server still decides). */
export function availableActions(state: WorkflowState, role: Role): WorkflowAction[] {
  return workflowActions.filter((a) => transitionTable[a].from === state && transitionTable[a].roles.includes(role));
}
