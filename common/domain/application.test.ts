import { describe, expect, it } from 'vitest';
import { applicationSchema, requirementIds, type ApplicationInput } from './application';
import { cleanApplicationInput } from './fixtures';

const parse = (input: ApplicationInput) => applicationSchema.safeParse(input);
const messages = (input: ApplicationInput): string[] => {
  const r = parse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('application model', () => {
  it('lists the eight requirements in order', () => {
    expect(requirementIds).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
  });

  it('accepts the clean sample and survives a JSON round trip unchanged', () => {
    const parsed = applicationSchema.parse(cleanApplicationInput());
    expect(applicationSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(parsed.members).toHaveLength(24);
  });

  it('accepts the optional parts missing, so the rules can report them', () => {
    const input = cleanApplicationInput();
    delete input.branchOffice.operatingPermit;
    delete input.branchOffice.operationsStartedOn;
    delete input.prospectiveHead;
    delete input.financialReportPeriod;
    delete input.workPlanPeriod;
    delete input.competencyCertificate;
    delete input.subBranch.coordinates;
    expect(messages({ ...input, members: [], staff: [] })).toEqual([]);
  });

  it('keeps malformed NIKs for the rules to report per row', () => {
    const input = cleanApplicationInput();
    input.members[0] = { name: 'Siti', nik: '64-74', address: 'Bontang' };
    expect(messages(input)).toEqual([]);
  });

  it('rejects impossible dates, reversed periods and bad codes with Indonesian reasons', () => {
    const cases: [string, (a: ApplicationInput) => void, string][] = [
      ['applicationDate', (a) => (a.applicationDate = '2026-02-30'), 'TTTT-BB-HH'],
      ['workPlanPeriod.to', (a) => (a.workPlanPeriod = { from: '2026-04-01', to: '2026-03-31' }), 'Akhir periode'],
      ['subBranch.kabKotaCode', (a) => (a.subBranch.kabKotaCode = '647'), '4 digit'],
      ['subBranch.kabKotaCode', (a) => (a.subBranch.kabKotaCode = '6400'), '4 digit'],
      ['applicant.nib', (a) => (a.applicant.nib = '12345'), '13 digit'],
      ['applicant.name', (a) => (a.applicant.name = '   '), 'wajib diisi'],
      ['receivedAt', (a) => (a.receivedAt = '2026-03-01'), 'sebelum tanggal permohonan'],
      ['competencyCertificate.validUntil', (a) => { if (a.competencyCertificate) a.competencyCertificate.validUntil = '2024-01-01'; }, 'sertifikat'],
      ['documents.0.sha256', (a) => { const d = a.documents[0]; if (d) d.sha256 = 'ABC'; }, 'SHA-256'],
      ['documents.1.id', (a) => { const d = a.documents[1]; if (d) d.id = 'doc-r1-izin-kc'; }, 'ganda'],
      ['documents.0.requirement', (a) => { const d = a.documents[0]; if (d) d.requirement = 'R9' as 'R1'; }, 'R1 sampai R8'],
      ['prospectiveHead.cvDocumentId', (a) => { if (a.prospectiveHead) a.prospectiveHead.cvDocumentId = 'doc-hilang'; }, 'tidak ada'],
      ['id', (a) => (a.id = '../etc/passwd'), 'Id hanya boleh'],
    ];
    for (const [path, mutate, reason] of cases) {
      const input = cleanApplicationInput();
      mutate(input);
      const found = messages(input);
      expect(found, path).toHaveLength(1);
      expect(found[0], path).toContain(`${path}: `);
      expect(found[0], path).toContain(reason);
    }
  });

  it('trims surrounding spaces from names and numbers', () => {
    const input = cleanApplicationInput();
    input.applicant.name = '  KSP Sejahtera  ';
    expect(applicationSchema.parse(input).applicant.name).toBe('KSP Sejahtera');
  });
});
