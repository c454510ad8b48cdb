import { describe, expect, it } from 'vitest';
import { applicationFailing, cleanApplication, suggestedFindings, VERIFICATION_DATE } from './fixtures';
import {
  appendAuditEvent,
  decideApplication,
  findingSchema,
  hashPayload,
  parseCalendarDate,
  serviceClock,
  seedCalendarDocument,
  loadWorkingDayCalendar,
  transition,
  verifyAuditChain,
  type AuditEvent,
  type WorkflowState,
} from './index';

// One verification through the public surface: rules → findings → decision → workflow → audit.
describe('domain public surface', () => {
  it.each([
    ['clean', cleanApplication, 'issue'],
    ['R3 failing', applicationFailing.R3, 'reject'],
  ] as const)('carries the %s application from receipt to delivery', (_name, build, expected) => {
    const on = parseCalendarDate(VERIFICATION_DATE);
    if (on === undefined) throw new Error('bad fixture date');
    const app = build();
    const findings = suggestedFindings(app, on).map((f) => findingSchema.parse(f));
    const decision = decideApplication(app, findings, on);
    expect(decision.kind).toBe(expected);
    if (decision.kind === 'incomplete') return;

    const verifier = { role: 'verifier' as const, userId: 'v-andi' };
    const supervisor = { role: 'supervisor' as const, userId: 's-nurul' };
    const reason = decision.kind === 'reject' ? decision.failures.map((f) => f.reason).join(' ') : undefined;
    const steps = [
      ['start_verification', verifier, {}],
      ['submit_for_approval', verifier, { recommendation: decision.kind, reason }],
      ['return_to_verifier', supervisor, { reason: 'Lengkapi foto papan nama KCP.' }],
      ['resume_verification', verifier, {}],
      ['submit_for_approval', verifier, { recommendation: decision.kind, reason }],
      ['approve', supervisor, {}],
      ['sign', supervisor, {}],
      ['deliver', { role: 'admin' as const, userId: 'adm' }, {}],
    ] as const;
    let state: WorkflowState = 'received';
    const trail: AuditEvent[] = [];
    for (const [action, actor, context] of steps) {
      const t = transition(state, action, actor, context);
      if (!t.ok) throw new Error(t.error.message);
      state = t.value.to;
      trail.push(
        appendAuditEvent(trail.at(-1), {
          id: `evt-${String(trail.length + 1)}`,
          actor,
          action: `workflow.${action}`,
          recordType: 'application',
          recordId: app.id,
          at: `2026-03-2${String(3 + Math.floor(trail.length / 4))}T09:0${String(trail.length)}:00+08:00`,
          payloadHash: hashPayload({ from: t.value.from, to: t.value.to, reason: t.value.reason ?? null }),
        }),
      );
    }
    expect(state).toBe('delivered');
    expect(verifyAuditChain(trail, { expectedHead: trail.at(-1)?.hash })).toEqual({ ok: true });

    // Counted by hand from DOMAIN.md's 2026 list: received Mon 9 Mar; 18–24 Mar and 3 Apr are off.
    const loaded = loadWorkingDayCalendar(seedCalendarDocument);
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    expect(serviceClock(loaded.calendar, app.receivedAt, on)).toEqual({
      value: { deadline: '2026-04-28', workingDaysUsed: 10, workingDaysLeft: 20, overdue: false },
      warnings: [],
    });
  });
});
