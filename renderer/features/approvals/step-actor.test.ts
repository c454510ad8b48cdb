import { describe, expect, it } from 'vitest';
import { stepActorLabel } from './step-actor';

const me = { userId: '3', name: 'Ir. Hj. Nurul Hidayah, M.M.' };

describe('who took a step', () => {
  it("names this device's person as themselves", () => {
    expect(stepActorLabel({ action: 'return_to_verifier', actor: '3', actorName: 'Nurul' }, me)).toBe('Ir. Hj. Nurul Hidayah, M.M. (Anda)');
  });

  it('names another person by the name the server sent, with the role that takes the step', () => {
    expect(stepActorLabel({ action: 'submit_for_approval', actor: '1', actorName: 'Andi Pratiwi Rahman, S.E.' }, me)).toBe('Andi Pratiwi Rahman, S.E. (Verifikator)');
    expect(stepActorLabel({ action: 'return_to_verifier', actor: '7', actorName: 'Drs. Rudi Hartono' })).toBe('Drs. Rudi Hartono (Ketua Tim/Kepala Bidang)');
  });

  it('falls back to the role for steps stored before the server sent names, never the bare user id', () => {
    expect(stepActorLabel({ action: 'start_verification', actor: '1' }, me)).toBe('Verifikator');
    expect(stepActorLabel({ action: 'return_to_verifier', actor: '7' }, undefined)).toBe('Ketua Tim/Kepala Bidang');
  });
});
