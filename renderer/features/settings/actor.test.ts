import { describe, expect, it } from 'vitest';
import type { Profile } from '../../db/settings';
import { actorOf } from './actor';

const profile: Profile = { name: 'Ir. Hj. Nurul Hidayah, M.M.', nip: '197805122005012003', position: 'Kepala Bidang', role: 'supervisor' };

describe('actorOf', () => {
  it('acts as the local profile, under an id from the NIP, before sign-in', () => {
    expect(actorOf(profile, null)).toEqual({ userId: 'lokal-197805122005012003', role: 'supervisor', name: profile.name, local: true });
  });

  it('acts as the signed-in account with the role the server gave, whatever the profile says', () => {
    const user = { id: 'u-17', username: 'nurul', displayName: 'Nurul Hidayah', role: 'verifier' as const };
    expect(actorOf(profile, user)).toEqual({ userId: 'u-17', role: 'verifier', name: 'Nurul Hidayah', local: false });
  });

  it('never acts as a licensing-office account', () => {
    const user = { id: 'u-9', username: 'dpmptsp', displayName: 'DPMPTSP', role: 'licensing_office' as const };
    expect(actorOf(profile, user)).toMatchObject({ userId: 'lokal-197805122005012003', local: true });
  });
});
