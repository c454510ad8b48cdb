import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCall, type Handlers } from './define';
import { dispatch } from './dispatch';
import { Failure } from './failure';

const table = {
  'math.double': defineCall({ summary: 'x', input: z.object({ n: z.number().int() }), output: z.number() }),
  'math.lie': defineCall({ summary: 'x', input: z.object({}), output: z.number() }),
};

const handlers: Handlers<typeof table> = {
  'math.double': ({ n }) => {
    if (n < 0) return Promise.reject(new Failure('negative', 'Bilangan negatif.'));
    if (n === 13) return Promise.reject(new Error('secret internals'));
    return Promise.resolve(n * 2);
  },
  // Breaks its own contract: answers a string where a number is declared.
  'math.lie': () => Promise.resolve('nope' as unknown as number),
};

describe('dispatch', () => {
  it('parses input, runs the handler and answers ok', async () => {
    expect(await dispatch(table, handlers, 'math.double', { n: 21 })).toEqual({ ok: true, value: 42 });
  });

  it('refuses input that does not match the schema, naming the field', async () => {
    const r = await dispatch(table, handlers, 'math.double', { n: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_input');
      expect(r.error.message).toContain('n');
    }
  });

  it('refuses unknown calls, including inherited object keys', async () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      const r = await dispatch(table, handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('passes expected failures through with their code', async () => {
    expect(await dispatch(table, handlers, 'math.double', { n: -1 })).toEqual({
      ok: false,
      error: { code: 'negative', message: 'Bilangan negatif.' },
    });
  });

  it('hides unexpected errors behind `internal` and reports them to the hook', async () => {
    const seen: unknown[] = [];
    const r = await dispatch(table, handlers, 'math.double', { n: 13 }, { onInternalError: (_c, e) => seen.push(e) });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('secret internals');
    expect(seen).toHaveLength(1);
  });

  it('treats an answer that breaks the output schema as internal', async () => {
    expect(await dispatch(table, handlers, 'math.lie', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
