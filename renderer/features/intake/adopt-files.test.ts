import { describe, expect, it } from 'vitest';
import { standInsFor } from './adopt-files';

const nip = '198203152008012007';
const device = { userId: `lokal-${nip}`, nip };

describe('standInsFor', () => {
  it('lets a verifier with a saved profile take over the labelled local profile’s files', () => {
    expect(standInsFor({ userId: device.userId, role: 'verifier', local: true }, device)).toEqual(['verifikator-lokal']);
  });

  it('on sign-in, the verifier with the profile’s NIP also takes over the device profile’s files', () => {
    expect(standInsFor({ userId: '17', role: 'verifier', local: false, nip }, device)).toEqual(['verifikator-lokal', device.userId]);
  });

  it('signed in on a device without a profile, a verifier takes over only the stand-in’s files', () => {
    expect(standInsFor({ userId: '17', role: 'verifier', local: false, nip }, undefined)).toEqual(['verifikator-lokal']);
  });

  it('another verifier signing in on this laptop takes over nothing', () => {
    expect(standInsFor({ userId: '18', role: 'verifier', local: false, nip: '199001012015031001' }, device)).toEqual([]);
    // The server did not say whose NIP the account has: not provably the same person.
    expect(standInsFor({ userId: '18', role: 'verifier', local: false, nip: null }, device)).toEqual([]);
    expect(standInsFor({ userId: '18', role: 'verifier', local: false }, device)).toEqual([]);
  });

  it('a supervisor or admin never takes over a verifier’s files, signed in or not', () => {
    for (const role of ['supervisor', 'admin'] as const) {
      expect(standInsFor({ userId: '5', role, local: false, nip }, device)).toEqual([]);
      expect(standInsFor({ userId: '5', role, local: false }, undefined)).toEqual([]);
      expect(standInsFor({ userId: device.userId, role, local: true }, device)).toEqual([]);
    }
  });

  it('never names the person themselves', () => {
    expect(standInsFor({ userId: 'verifikator-lokal', role: 'verifier', local: true }, undefined)).toEqual([]);
  });
});
