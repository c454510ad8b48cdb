import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent, auditEventSchema, hashPayload, verifyAuditChain, type AuditEvent, type AuditEventFields } from './audit';

const fields = (i: number): AuditEventFields => ({
  id: `evt-${String(i)}`,
  actor: { userId: i % 2 === 0 ? 'v-andi' : 's-siti', role: i % 2 === 0 ? 'verifier' : 'supervisor' },
  action: i % 3 === 0 ? 'finding.set' : 'workflow.approve',
  recordType: 'application',
  recordId: 'app-2026-0042',
  at: `2026-03-23T${String(8 + (i % 10)).padStart(2, '0')}:15:00+08:00`,
  ...(i % 2 === 0 ? { payloadHash: hashPayload({ requirement: 'R3', status: 'meets', n: i }) } : {}),
});

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) events.push(appendAuditEvent(events.at(-1), fields(i)));
  return events;
}

type Tamper = (e: AuditEvent) => AuditEvent;
const tampers: Record<string, Tamper> = {
  actor: (e) => ({ ...e, actor: { ...e.actor, userId: 'mallory' } }),
  role: (e) => ({ ...e, actor: { ...e.actor, role: 'admin' } }),
  action: (e) => ({ ...e, action: 'workflow.sign' }),
  recordId: (e) => ({ ...e, recordId: 'app-lain' }),
  at: (e) => ({ ...e, at: '2026-03-24T08:15:00+08:00' }),
  payloadHash: (e) => ({ ...e, payloadHash: hashPayload({ forged: true }) }),
  togglePayload: (e) => ({ ...e, payloadHash: e.payloadHash === undefined ? hashPayload('x') : undefined }),
  id: (e) => ({ ...e, id: `${e.id}x` }),
  prevHash: (e) => ({ ...e, prevHash: 'f'.repeat(64) }),
  hash: (e) => ({ ...e, hash: 'f'.repeat(64) }),
  seq: (e) => ({ ...e, seq: e.seq + 1 }),
};

describe('audit chain', () => {
  it('builds a valid, schema-conforming chain from genesis', () => {
    const events = chain(5);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events[0]?.prevHash).toBe('0'.repeat(64));
    for (const e of events) expect(auditEventSchema.parse(e)).toEqual(e);
    expect(verifyAuditChain(events)).toEqual({ ok: true });
    expect(verifyAuditChain([])).toEqual({ ok: true });
  });

  it('finds the tampered event as the first broken link, whatever was changed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.constantFrom(...Object.keys(tampers)), (n, pick, kind) => {
        const events = chain(n);
        const index = pick % n;
        const original = events[index];
        const tamper = tampers[kind];
        if (original === undefined || tamper === undefined) return;
        events[index] = tamper(original);
        const result = verifyAuditChain(events);
        expect(result).toMatchObject({ ok: false, index });
      }),
    );
  });

  it('finds the next link when a forger also recomputes the tampered hash (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), (n, pick) => {
        const events = chain(n);
        const index = pick % (n - 1);
        const original = events[index];
        if (original === undefined) return;
        events[index] = appendAuditEvent(index === 0 ? undefined : events[index - 1], { ...fields(index), recordId: 'app-lain' });
        expect(verifyAuditChain(events)).toEqual({ ok: false, index: index + 1, reason: 'prev_hash_mismatch' });
      }),
    );
  });

  it('detects removed, reordered and truncated events', () => {
    const events = chain(6);
    expect(verifyAuditChain([...events.slice(0, 2), ...events.slice(3)])).toEqual({ ok: false, index: 2, reason: 'seq_gap' });
    const swapped = [events[0], events[2], events[1], ...events.slice(3)].filter((e) => e !== undefined);
    expect(verifyAuditChain(swapped)).toEqual({ ok: false, index: 1, reason: 'seq_gap' });
    const head = events.at(-1)?.hash;
    expect(verifyAuditChain(events.slice(0, 5), { expectedHead: head })).toEqual({ ok: false, index: 5, reason: 'head_mismatch' });
    expect(verifyAuditChain(events, { expectedHead: head })).toEqual({ ok: true });
  });

  it('verifies a later page against the event before it', () => {
    const events = chain(6);
    const after = events[2];
    expect(verifyAuditChain(events.slice(3), { after })).toEqual({ ok: true });
    expect(verifyAuditChain(events.slice(3))).toEqual({ ok: false, index: 0, reason: 'seq_gap' });
  });
});
