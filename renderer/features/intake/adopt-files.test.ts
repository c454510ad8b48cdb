import { describe, expect, it } from 'vitest';
import { standInsFor } from './adopt-files';

const profile = 'lokal-198203152008012007';

describe('standInsFor', () => {
  it('lets a person with a saved profile take over the labelled local profile’s files', () => {
    expect(standInsFor({ userId: 'lokal-198203152008012007', local: true }, profile)).toEqual(['verifikator-lokal']);
  });

  it('on sign-in also takes over the files of this device’s profile', () => {
    expect(standInsFor({ userId: '17', local: false }, profile)).toEqual(['verifikator-lokal', 'lokal-198203152008012007']);
    expect(standInsFor({ userId: '17', local: false }, undefined)).toEqual(['verifikator-lokal']);
  });

  it('never names the person themselves', () => {
    expect(standInsFor({ userId: 'verifikator-lokal', local: true }, undefined)).toEqual([]);
  });
});
