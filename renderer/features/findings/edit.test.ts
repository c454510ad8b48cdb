import { describe, expect, it } from 'vitest';
import { evaluateAll, type CalendarDate } from '../../../common/domain';
import { cleanApplication, VERIFICATION_DATE } from '../../../common/domain/fixtures';
import { emptyDraft, statusesFor, withEvidence, withNote, withoutEvidence, withStatus } from './edit';

const app = cleanApplication();
const date = VERIFICATION_DATE as CalendarDate;
const results = evaluateAll(app, date);
const r1 = results[0];
const r5 = results[4];
if (r1 === undefined || r5 === undefined) throw new Error('fixture has eight results');

describe('finding edits', () => {
  it('offers "tidak berlaku" only for R5', () => {
    expect(statusesFor('R1')).toEqual(['meets', 'fails']);
    expect(statusesFor('R5')).toEqual(['meets', 'fails', 'not_applicable']);
    expect(withStatus(emptyDraft(app.id, 'R1'), 'not_applicable', r1, date).status).toBeNull();
  });

  it('records the computed result at the moment a status is chosen', () => {
    const draft = withStatus(emptyDraft(app.id, 'R1'), 'fails', r1, date);
    expect(draft.status).toBe('fails');
    expect(draft.computed).toEqual({ outcome: r1.outcome, facts: r1.facts, verificationDate: date });
    // Choosing the same status again keeps the earlier snapshot.
    const later = withStatus(draft, 'fails', { ...r1, facts: ['changed'] }, '2026-04-01' as CalendarDate);
    expect(later).toBe(draft);
  });

  it('links a page once and removes by position', () => {
    const ref = { kind: 'document', documentId: 'doc-r1-izin-kc', page: 2 } as const;
    const once = withEvidence(emptyDraft(app.id, 'R1'), ref);
    expect(withEvidence(once, { ...ref })).toBe(once);
    const twice = withEvidence(once, { ...ref, page: 1 });
    expect(twice.evidence.map((e) => (e.kind === 'document' ? e.page : 0))).toEqual([2, 1]);
    expect(withoutEvidence(twice, 0).evidence).toEqual([{ ...ref, page: 1 }]);
    expect(withoutEvidence(twice, 5)).toBe(twice);
  });

  it('leaves the draft untouched when the note did not change', () => {
    const draft = withNote(emptyDraft(app.id, 'R5'), 'catatan');
    expect(withNote(draft, 'catatan')).toBe(draft);
    expect(withStatus(draft, 'not_applicable', r5, date).status).toBe('not_applicable');
  });
});
