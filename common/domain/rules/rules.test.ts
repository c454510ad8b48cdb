import { describe, expect, it } from 'vitest';
import { applicationSchema, requirementIds, type ApplicationInput } from '../application';
import { parseCalendarDate, type CalendarDate } from '../dates';
import { applicationFailing, applicationWithRegionalApproval, cleanApplication, cleanApplicationInput, sampleNik, VERIFICATION_DATE } from '../fixtures';
import { checkR1, checkR2, checkR3, checkR4, checkR6, checkR7, checkR8, evaluateAll } from './index';

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};
const on = d(VERIFICATION_DATE);
const app = (mutate: (a: ApplicationInput) => void) => {
  const input = cleanApplicationInput();
  mutate(input);
  return applicationSchema.parse(input);
};
const outcomes = (a = cleanApplication()) => Object.fromEntries(evaluateAll(a, on).map((r) => [r.requirement, r.outcome]));

describe('rules on the sample applications', () => {
  it('the clean application meets everything, R5 does not apply', () => {
    expect(outcomes()).toEqual({ R1: 'meets', R2: 'meets', R3: 'meets', R4: 'meets', R5: 'not_applicable', R6: 'meets', R7: 'meets', R8: 'meets' });
    for (const r of evaluateAll(cleanApplication(), on)) expect(r.facts.length, r.requirement).toBeGreaterThan(0);
  });

  it.each(requirementIds)('the variant failing %s fails exactly that requirement', (id) => {
    const results = outcomes(applicationFailing[id]());
    expect(results[id]).toBe('fails');
    const others = Object.entries(results).filter(([r, o]) => r !== id && o !== 'meets' && !(r === 'R5' && o === 'not_applicable'));
    expect(others).toEqual([]);
  });

  it('R5 applies when the branch is in another city and meets with the approval', () => {
    expect(outcomes(applicationWithRegionalApproval()).R5).toBe('meets');
    expect(evaluateAll(applicationFailing.R5(), on)[4]?.facts.join(' ')).toContain('6472');
  });
});

describe('R1 operating permit', () => {
  const until = (validUntil: string | undefined) =>
    app((a) => {
      if (a.branchOffice.operatingPermit) a.branchOffice.operatingPermit.validUntil = validUntil;
    });
  it('is valid through its last day and fails the day after', () => {
    expect(checkR1(until('2026-03-30'), on).outcome).toBe('meets');
    expect(checkR1(until('2026-03-29'), on)).toMatchObject({ outcome: 'fails', details: { expired: true } });
    expect(checkR1(until(undefined), on).outcome).toBe('meets');
  });
  it('fails when missing or issued after the application', () => {
    expect(checkR1(app((a) => delete a.branchOffice.operatingPermit), on)).toMatchObject({ outcome: 'fails', details: { permitPresent: false } });
    const late = checkR1(app((a) => { if (a.branchOffice.operatingPermit) a.branchOffice.operatingPermit.date = '2026-03-03'; }), on);
    expect(late.outcome).toBe('fails');
    expect(late.facts.join(' ')).toContain('setelah tanggal permohonan 2 Maret 2026');
  });
});

describe('R2 months of operation (month ends clamp)', () => {
  it.each([
    ['2025-09-02', '2026-03-02', 6, 'meets'],
    ['2025-09-03', '2026-03-02', 5, 'fails'],
    ['2025-08-31', '2026-02-28', 6, 'meets'], // 31 Aug + 6 months = 28 Feb
    ['2025-08-31', '2026-02-27', 5, 'fails'],
    ['2023-08-31', '2024-02-29', 6, 'meets'], // leap year: 31 Aug + 6 = 29 Feb
    ['2023-08-31', '2024-02-28', 5, 'fails'],
    ['2026-03-03', '2026-03-03', 0, 'fails'], // started on the day of application
  ])('started %s, applied %s → %d months, %s', (start, applied, months, outcome) => {
    const r = checkR2(app((a) => { a.branchOffice.operationsStartedOn = start; a.applicationDate = applied; a.receivedAt = applied; }));
    expect(r).toMatchObject({ outcome, details: { months } });
  });
  it('asks for data when the start is unknown', () => {
    expect(checkR2(app((a) => delete a.branchOffice.operationsStartedOn)).outcome).toBe('insufficient_data');
  });
});

describe('R3 members in the KCP area', () => {
  it('reports duplicates, invalid and outside rows by row number', () => {
    const r = checkR3(applicationFailing.R3());
    expect(r.outcome).toBe('fails');
    expect(r.details.distinctInArea).toBe(17);
    expect(r.details.duplicates).toEqual([expect.objectContaining({ row: 18, firstRow: 1 })]);
    expect(r.details.invalid).toEqual([expect.objectContaining({ row: 19, reason: 'invalid_birth_date' })]);
    expect(r.details.outsideArea.map((o) => [o.row, o.kabKotaCode])).toEqual([[20, '6472'], [21, '6472']]);
    expect(r.facts).toContain('NIK ganda (dihitung sekali) pada baris 18.');
  });
  it('meets at exactly 20 distinct members and fails at 19', () => {
    const withMembers = (n: number) => app((a) => (a.members = a.members.slice(0, n)));
    expect(checkR3(withMembers(20)).outcome).toBe('meets');
    expect(checkR3(withMembers(19)).outcome).toBe('fails');
  });
  it('counts against the KCP code, not Bontang', () => {
    const elsewhere = app((a) => {
      a.subBranch.kabKotaCode = '6472';
      a.members = Array.from({ length: 20 }, (_, i) => ({ name: `Anggota ${String(i + 1)}`, nik: sampleNik('647201', '1980-01-15', i % 2 === 0, i + 1), address: 'Samarinda' }));
    });
    expect(checkR3(elsewhere)).toMatchObject({ outcome: 'meets', details: { distinctInArea: 20 } });
  });
  it('treats a NIK typed with spaces as the same member', () => {
    const r = checkR3(app((a) => {
      const first = a.members[0];
      if (first) a.members.push({ ...first, nik: first.nik.replace(/(\d{4})(?=\d)/g, '$1 ') });
    }));
    expect(r.details.duplicates).toHaveLength(1);
  });
});

describe('R4 financial report of the last year', () => {
  const report = (from: string, to: string, applied = '2026-03-02') =>
    checkR4(app((a) => { a.financialReportPeriod = { from, to }; a.applicationDate = applied; a.receivedAt = applied; }));
  it.each([
    ['2025-01-01', '2025-12-31', '2026-03-02', 12, true, 'meets'],
    ['2025-03-02', '2026-03-01', '2026-03-02', 12, true, 'meets'],
    ['2025-01-02', '2025-12-31', '2026-03-02', 11, true, 'fails'], // one day short of 12 months
    ['2024-03-01', '2025-02-28', '2026-02-28', 12, true, 'meets'], // ends exactly 12 months before
    ['2024-02-28', '2025-02-27', '2026-02-28', 12, false, 'fails'], // one day too early
    ['2024-02-29', '2025-02-27', '2025-03-01', 12, true, 'meets'], // 29 Feb + 12 months clamps to 28 Feb
    ['2025-04-01', '2026-03-31', '2026-03-02', 12, false, 'fails'], // ends after the application
  ])('%s – %s, applied %s → %d months, in window %s, %s', (from, to, applied, months, inWindow, outcome) => {
    expect(report(from, to, applied)).toMatchObject({ outcome, details: { period: { monthsCovered: months }, endsInWindow: inWindow } });
  });
  it('fails when there is no report', () => {
    expect(checkR4(app((a) => delete a.financialReportPeriod)).outcome).toBe('fails');
  });
});

describe('R6 work plan of at least a year', () => {
  it.each([
    ['2026-04-01', '2027-03-31', 12, 'meets'],
    ['2026-04-01', '2027-03-30', 11, 'fails'],
    ['2026-01-31', '2027-01-30', 12, 'meets'],
    ['2027-03-01', '2028-02-28', 11, 'fails'], // 2028 is a leap year: 29 Feb is still missing
    ['2027-03-01', '2028-02-29', 12, 'meets'],
    ['2026-04-01', '2028-03-31', 24, 'meets'],
  ])('%s – %s → %d months, %s', (from, to, months, outcome) => {
    expect(checkR6(app((a) => (a.workPlanPeriod = { from, to })))).toMatchObject({ outcome, details: { period: { monthsCovered: months } } });
  });
});

describe('R8 competency certificate', () => {
  const cert = (holder: string, validFrom: string, validUntil: string) =>
    app((a) => (a.competencyCertificate = { number: 'X-1', issuer: 'LSP Koperasi Jasa Keuangan', holder, validFrom, validUntil }));
  it('is valid on both boundary days', () => {
    expect(checkR8(cert('Muhammad Ridwan', '2026-03-30', '2026-03-30'), on).outcome).toBe('meets');
    expect(checkR8(cert('Muhammad Ridwan', '2026-03-31', '2027-03-30'), on).outcome).toBe('fails');
    expect(checkR8(cert('Muhammad Ridwan', '2023-03-30', '2026-03-29'), on)).toMatchObject({ outcome: 'fails', details: { validOnDate: false } });
  });
  it('compares the holder with the head after removing titles', () => {
    expect(checkR8(cert('H. MUHAMMAD RIDWAN, S.E., M.M.', '2024-01-01', '2027-01-01'), on).details.holderMatches).toBe(true);
    const other = checkR8(applicationFailing.R8(), on);
    expect(other.details).toMatchObject({ holderMatches: false, holderNormalised: 'ahmad fauzi', headNormalised: 'muhammad ridwan' });
  });
  it('needs data when no head is named, fails when no certificate', () => {
    expect(checkR8(app((a) => delete a.prospectiveHead), on).outcome).toBe('insufficient_data');
    expect(checkR8(app((a) => delete a.competencyCertificate), on).outcome).toBe('fails');
  });
});

describe('R7 head and staff', () => {
  it('needs a head, the head\'s CV and at least one staff member', () => {
    expect(checkR7(cleanApplication())).toMatchObject({ outcome: 'meets', details: { headPresent: true, cvPresent: true, staffCount: 2 } });
    expect(checkR7(app((a) => delete a.prospectiveHead))).toMatchObject({ outcome: 'fails', details: { headPresent: false } });
    expect(checkR7(app((a) => { if (a.prospectiveHead) delete a.prospectiveHead.cvDocumentId; }))).toMatchObject({ outcome: 'fails', details: { cvPresent: false } });
    expect(checkR7(app((a) => (a.staff = a.staff.slice(0, 1)))).outcome).toBe('meets');
  });
  it('mentions invalid NIKs of head and staff without failing on them', () => {
    const r = checkR7(app((a) => { const s = a.staff[0]; if (s) s.nik = '12345'; }));
    expect(r.outcome).toBe('meets');
    expect(r.facts).toContain('NIK calon karyawan Novi Anggraini tidak sah: NIK tidak 16 digit.');
  });
});
