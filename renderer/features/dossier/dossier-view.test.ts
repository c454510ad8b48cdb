import { describe, expect, it } from 'vitest';
import { cleanApplication } from '../../../common/domain/fixtures';
import { selectRequirement, stepRequirement, type DossierView } from './dossier-view';

const docs = cleanApplication().documents;
const start: DossierView = { applicationId: 'app', requirement: 'R1', documentId: 'doc-r1-izin-kc', page: 2 };

describe('dossier view', () => {
  it('brings up the first document of the chosen requirement, at page 1', () => {
    expect(selectRequirement(start, 'R3', docs)).toEqual({ ...start, requirement: 'R3', documentId: 'doc-r3-anggota', page: 1 });
  });

  it('keeps the open document when it belongs to the chosen requirement', () => {
    const onCv: DossierView = { ...start, requirement: 'R6', documentId: 'doc-r7-karyawan', page: 1 };
    expect(selectRequirement(onCv, 'R7', docs)).toEqual({ ...onCv, requirement: 'R7' });
  });

  it('keeps the open document when the requirement has none (R5 of a file without approval)', () => {
    expect(selectRequirement(start, 'R5', docs)).toEqual({ ...start, requirement: 'R5' });
  });

  it('steps within R1..R8', () => {
    expect(stepRequirement('R1', -1)).toBe('R1');
    expect(stepRequirement('R1', 1)).toBe('R2');
    expect(stepRequirement('R8', 1)).toBe('R8');
  });
});
