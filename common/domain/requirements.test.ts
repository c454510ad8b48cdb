import { describe, expect, it } from 'vitest';
import { requirementIds } from './application';
import { ossPermitOutput, requirement, requirements } from './requirements';

describe('requirement catalogue', () => {
  it('describes R1–R8 once each, in the order of the service standard', () => {
    expect(requirements.map((r) => r.id)).toEqual([...requirementIds]);
    expect(requirements.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const r of requirements) {
      expect(r.label.length, r.id).toBeGreaterThan(0);
      expect(r.help.length, r.id).toBeGreaterThan(0);
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
    }
  });

  it('lets only R5 be "tidak berlaku"', () => {
    expect(requirements.filter((r) => r.mayBeNotApplicable).map((r) => r.id)).toEqual(['R5']);
  });

  it('keeps the OSS permit as output, numbered 9', () => {
    expect(ossPermitOutput.number).toBe(9);
    expect(requirement('R8').text).toContain('sertifikat kompetensi');
  });
});
