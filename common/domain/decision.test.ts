import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requirementIds, type RequirementId } from './application';
import type { CalendarDate } from './dates';
import { decide, decideApplication } from './decision';
import { findingSchema, snapshotOf, suggestedStatus, type Finding, type FindingStatus } from './findings';
import { applicationFailing, cleanApplication, VERIFICATION_DATE } from './fixtures';
import { evaluateAll, ruleOutcomes } from './rules';

const on = VERIFICATION_DATE as CalendarDate;
const page = (documentId: string, p = 1) => ({ kind: 'document' as const, documentId, page: p });

/** Findings that accept every suggestion, each with one page of evidence. */
function acceptSuggestions(app = cleanApplication()): Finding[] {
  return evaluateAll(app, on).map((r) => ({
    requirement: r.requirement,
    status: suggestedStatus(r) ?? 'fails',
    computed: snapshotOf(r, on),
    note: '',
    evidence: r.outcome === 'not_applicable' ? [] : [page(app.documents.find((d) => d.requirement === r.requirement)?.id ?? 'doc-r1-izin-kc')],
  }));
}

const arbFinding = (requirement: RequirementId): fc.Arbitrary<Finding> =>
  fc.record({
    requirement: fc.constant(requirement),
    status: fc.constantFrom<FindingStatus>(...(requirement === 'R5' ? (['meets', 'fails', 'not_applicable'] as const) : (['meets', 'fails'] as const))),
    computed: fc.record({ outcome: fc.constantFrom(...ruleOutcomes), facts: fc.array(fc.string(), { maxLength: 2 }), verificationDate: fc.constant(on) }),
    note: fc.string({ maxLength: 20 }).map((s) => s.trim()),
    evidence: fc.array(fc.constant(page('doc-r1-izin-kc')), { maxLength: 2 }),
  });
const arbFindings = fc.tuple(...requirementIds.map(arbFinding));

describe('decide', () => {
  it('recommends issue for the clean application without warnings', () => {
    expect(decideApplication(cleanApplication(), acceptSuggestions(), on)).toEqual({ kind: 'issue', warnings: [] });
  });

  it.each(requirementIds)('rejects when %s fails, with the computed facts as the reason', (id) => {
    const app = applicationFailing[id]();
    const decision = decideApplication(app, acceptSuggestions(app), on);
    expect(decision.kind).toBe('reject');
    if (decision.kind !== 'reject') return;
    expect(decision.failures.map((f) => f.requirement)).toEqual([id]);
    expect(decision.failures[0]?.reason).not.toBe('');
    expect(decision.warnings.map((x) => x.kind)).toEqual(['note_missing']);
  });

  it('is issue iff every applicable requirement meets (property)', () => {
    fc.assert(
      fc.property(arbFindings, (findings) => {
        const decision = decide(findings);
        const allMeet = findings.every((f) => f.status !== 'fails');
        expect(decision.kind).toBe(allMeet ? 'issue' : 'reject');
        if (decision.kind === 'reject') {
          expect(decision.failures.map((f) => f.requirement)).toEqual(findings.filter((f) => f.status === 'fails').map((f) => f.requirement));
          for (const f of decision.failures) expect(f.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('is never issue nor reject while a finding is missing or doubled (property)', () => {
    fc.assert(
      fc.property(arbFindings, fc.nat({ max: 7 }), fc.boolean(), (findings, index, duplicate) => {
        const victim = findings[index];
        if (victim === undefined) return;
        const changed = duplicate ? [...findings, victim] : findings.filter((_, i) => i !== index);
        const decision = decide(changed);
        expect(decision).toMatchObject({ kind: 'incomplete', unresolved: [victim.requirement] });
        expect(decision.warnings).toContainEqual(expect.objectContaining({ kind: duplicate ? 'finding_duplicated' : 'finding_missing', requirement: victim.requirement }));
      }),
    );
  });

  it('warns where the status disagrees with the computed result or lacks evidence', () => {
    const app = applicationFailing.R3();
    const findings = acceptSuggestions(app).map((f) =>
      f.requirement === 'R3' ? { ...f, status: 'meets' as const, note: 'Daftar anggota tambahan diserahkan saat cek lokasi.', evidence: [] } : f,
    );
    const decision = decideApplication(app, findings, on);
    expect(decision.kind).toBe('issue');
    expect(decision.warnings.map((x) => [x.kind, x.requirement])).toEqual([
      ['status_disagrees', 'R3'],
      ['evidence_missing', 'R3'],
    ]);
    expect(decision.warnings[0]?.message).toBe('R3: status "Sesuai" berbeda dengan hasil perhitungan "Tidak sesuai"; pastikan alasannya tercatat.');
  });

  it('uses the verifier note as the reason and checks evidence pages against the documents', () => {
    const app = cleanApplication();
    const findings = acceptSuggestions(app).map((f) =>
      f.requirement === 'R4' ? { ...f, status: 'fails' as const, note: 'Laporan keuangan tidak ditandatangani pengurus.', evidence: [page('doc-r4-lapkeu', 19), page('doc-hilang')] } : f,
    );
    const decision = decideApplication(app, findings, on);
    expect(decision).toMatchObject({ kind: 'reject', failures: [{ requirement: 'R4', reason: 'Laporan keuangan tidak ditandatangani pengurus.' }] });
    expect(decision.warnings.map((x) => x.kind)).toEqual(['status_disagrees', 'evidence_not_found', 'evidence_not_found']);
  });

  it('warns when a status is set although the rule lacked data', () => {
    const app = cleanApplication();
    const findings = acceptSuggestions(app).map((f) => (f.requirement === 'R2' ? { ...f, computed: { ...f.computed, outcome: 'insufficient_data' as const } } : f));
    expect(decide(findings).warnings).toEqual([expect.objectContaining({ kind: 'computed_insufficient', requirement: 'R2' })]);
  });
});

describe('finding schema', () => {
  const base = acceptSuggestions()[0];
  it('allows "not applicable" only for R5', () => {
    expect(findingSchema.safeParse({ ...base, status: 'not_applicable' }).success).toBe(false);
    expect(findingSchema.safeParse({ ...base, requirement: 'R5', status: 'not_applicable' }).success).toBe(true);
  });
  it('accepts photo evidence with time and place, but not half a location', () => {
    const photo = { kind: 'photo', blobSha256: 'ab'.repeat(32), takenAt: '2026-03-23T10:15:00+08:00', lat: 0.1207, lon: 117.4856 };
    expect(findingSchema.safeParse({ ...base, evidence: [photo] }).success).toBe(true);
    expect(findingSchema.safeParse({ ...base, evidence: [{ ...photo, lon: undefined }] }).success).toBe(false);
    expect(findingSchema.safeParse({ ...base, evidence: [{ ...photo, takenAt: '23/03/2026' }] }).success).toBe(false);
  });
});
