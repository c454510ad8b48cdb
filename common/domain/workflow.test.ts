import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableActions, roles, transition, workflowActions, workflowStates, type Role, type WorkflowAction, type WorkflowState } from './workflow';

// The expected table, written out independently of transitionTable.
const allowed: readonly [WorkflowState, WorkflowAction, WorkflowState, readonly Role[]][] = [
  ['received', 'start_verification', 'in_verification', ['verifier']],
  ['in_verification', 'submit_for_approval', 'awaiting_approval', ['verifier']],
  ['awaiting_approval', 'return_to_verifier', 'returned', ['supervisor']],
  ['returned', 'resume_verification', 'in_verification', ['verifier']],
  ['awaiting_approval', 'approve', 'approved', ['supervisor']],
  ['approved', 'sign', 'signed', ['supervisor']],
  ['signed', 'deliver', 'delivered', ['supervisor', 'admin']],
];
const full = { reason: 'Lampiran foto lokasi belum ada.', recommendation: 'issue' as const };
const cases = workflowStates.flatMap((s) => workflowActions.flatMap((a) => roles.map((r) => [s, a, r] as const)));

describe('workflow transitions', () => {
  it.each(cases)('%s × %s × %s', (state, action, role) => {
    const row = allowed.find(([s, a]) => s === state && a === action);
    const result = transition(state, action, { role, userId: 'u-1' }, full);
    if (row === undefined) {
      expect(result).toMatchObject({ ok: false, error: { code: 'illegal_transition', state, action } });
    } else if (!row[3].includes(role)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'role_not_allowed' } });
    } else {
      expect(result).toMatchObject({ ok: true, value: { from: state, to: row[2], action } });
    }
  });

  it('offers exactly the allowed actions per state and role', () => {
    for (const s of workflowStates) {
      for (const r of roles) {
        expect(availableActions(s, r)).toEqual(allowed.filter(([from, , , rs]) => from === s && rs.includes(r)).map(([, a]) => a));
      }
    }
  });

  it('requires a reason to return, and to recommend rejection', () => {
    const supervisor = { role: 'supervisor' as const, userId: 's-1' };
    const verifier = { role: 'verifier' as const, userId: 'v-1' };
    expect(transition('awaiting_approval', 'return_to_verifier', supervisor, { reason: '  ' })).toMatchObject({ ok: false, error: { code: 'reason_required' } });
    expect(transition('awaiting_approval', 'return_to_verifier', supervisor, { reason: ' Foto kurang ' })).toMatchObject({ ok: true, value: { reason: 'Foto kurang' } });
    expect(transition('in_verification', 'submit_for_approval', verifier, { recommendation: 'reject' })).toMatchObject({ ok: false, error: { code: 'reason_required' } });
    expect(transition('in_verification', 'submit_for_approval', verifier, { recommendation: 'reject', reason: 'R3 tidak sesuai' })).toMatchObject({
      ok: true,
      value: { recommendation: 'reject', reason: 'R3 tidak sesuai' },
    });
  });

  it('refuses to submit an incomplete verification', () => {
    const verifier = { role: 'verifier' as const, userId: 'v-1' };
    for (const recommendation of [undefined, 'incomplete'] as const) {
      expect(transition('in_verification', 'submit_for_approval', verifier, { recommendation })).toMatchObject({ ok: false, error: { code: 'decision_incomplete' } });
    }
  });

  it('lets only assigned verifiers act when assignments are known', () => {
    const ctx = { ...full, assignedVerifierIds: ['v-1'] };
    expect(transition('received', 'start_verification', { role: 'verifier', userId: 'v-2' }, ctx)).toMatchObject({ ok: false, error: { code: 'not_assigned' } });
    expect(transition('received', 'start_verification', { role: 'verifier', userId: 'v-1' }, ctx).ok).toBe(true);
  });

  it('explains refusals in Indonesian', () => {
    const r = transition('received', 'approve', { role: 'supervisor', userId: 's-1' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'illegal_transition', state: 'received', action: 'approve', message: '"Setujui" tidak dapat dilakukan saat berkas berstatus "Diterima".' },
    });
    const d = transition('signed', 'deliver', { role: 'verifier', userId: 'v-1' });
    expect(d.ok ? '' : d.error.message).toBe('"Kirim ke DPMPTSP" hanya dapat dilakukan oleh Ketua Tim/Kepala Bidang atau Administrator.');
  });

  it('only ever reaches states along the table, ending at delivered (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...workflowActions), fc.constantFrom(...roles)), { maxLength: 30 }), (steps) => {
        let state: WorkflowState = 'received';
        for (const [action, role] of steps) {
          const r = transition(state, action, { role, userId: 'u' }, full);
          if (r.ok) {
            expect(allowed.some(([s, a, to]) => s === state && a === action && to === r.value.to)).toBe(true);
            state = r.value.to;
          }
        }
        if (state === 'delivered') expect(roles.flatMap((r) => availableActions(state, r))).toEqual([]);
      }),
    );
  });
});
