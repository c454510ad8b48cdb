import { describe, expect, it } from 'vitest';
import { normalisePersonName, samePersonName } from './names';

describe('normalisePersonName', () => {
  it.each([
    ['Drs. H. Muhammad Ridwan, M.M.', 'muhammad ridwan'],
    ['MUHAMMAD   RIDWAN', 'muhammad ridwan'],
    ['Dr. Ir. Siti Rahmawati, S.E., M.Si.', 'siti rahmawati'],
    ['Hj. Fatimah Zahra, S.Pd.', 'fatimah zahra'],
    ['Andi Baso Pratama, S.Kom', 'andi baso pratama'],
    ['Rudi Hartono S.H. M.H.', 'rudi hartono'],
    ['Rudi Hartono SH MH', 'rudi hartono'],
    ['Prof. Dr. La Ode Hasan, Ph.D.', 'la ode hasan'],
    ["Ma'ruf Amin", 'maruf amin'],
    ['Nur-Aisyah', 'nur aisyah'],
    ['José Rizal', 'jose rizal'],
    ['Yuliana Pasande, A.Md.Keb.', 'yuliana pasande'],
    ['Ir', 'ir'], // a name made only of a title keeps that word
    ['Hendra H. Gunawan', 'hendra h gunawan'], // an initial in the middle is not a title
    ['', ''],
  ])('%j → %j', (written, normalised) => {
    expect(normalisePersonName(written)).toBe(normalised);
  });
});

describe('samePersonName', () => {
  it.each([
    ['Drs. H. Muhammad Ridwan, M.M.', 'Muhammad Ridwan', true],
    ['muhammad ridwan', 'MUHAMMAD RIDWAN', true],
    ['Siti Rahmawati, S.E.', 'Hj. Siti Rahmawati', true],
    ['Muhammad Ridwan', 'Moh. Ridwan', false], // abbreviations are the verifier's call
    ['Muhammad Ridwan', 'Ridwan, Muhammad', false],
    ['Ahmad Fauzi, S.E.', 'Muhammad Ridwan', false],
    ['Muhammad Ridwan', 'Muhammad Ridwan Saleh', false],
    ['', '', false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(samePersonName(a, b)).toBe(same);
    expect(samePersonName(b, a)).toBe(same);
  });
});
