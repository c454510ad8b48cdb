// The client over a bridge written here: the bridge is the boundary under test, so each case
// gives it one way to misbehave. The real bridges run in the end-to-end tests.
import { describe, expect, it } from 'vitest';
import type { Result, VerikopBridge } from '../../common/contract';
import { createApi } from './client';

function bridgeAnswering(invoke: VerikopBridge['invoke'], emitters: Map<string, (p: unknown) => void> = new Map()): VerikopBridge {
  return {
    host: 'web',
    invoke,
    on: (name, listener) => {
      emitters.set(name, listener);
      return () => emitters.delete(name);
    },
    vaultUrl: (sha) => `/vault/${sha}`,
  };
}

const info = { name: 'Verikop', version: '1.2.3', dataDir: '/d', host: 'web' as const };

describe('createApi', () => {
  it('passes calls and their Results through, by name or by call()', async () => {
    const seen: [string, unknown][] = [];
    const api = createApi(
      bridgeAnswering((name, input) => {
        seen.push([name, input]);
        return Promise.resolve({ ok: true, value: info });
      }),
    );
    expect(await api.call('app.info', {})).toEqual({ ok: true, value: info });
    expect(await api['app.info']({})).toEqual({ ok: true, value: info });
    expect(seen).toEqual([
      ['app.info', {}],
      ['app.info', {}],
    ]);
  });

  it('passes typed failures through unchanged', async () => {
    const failed: Result<never> = { ok: false, error: { code: 'bad_input', message: 'Masukan tidak valid: x.' } };
    const api = createApi(bridgeAnswering(() => Promise.resolve(failed)));
    expect(await api.call('app.info', {})).toEqual(failed);
  });

  it.each([
    ['a bridge that throws', () => Promise.reject(new Error('IPC gone'))],
    ['a bridge that answers nothing', () => Promise.resolve(undefined as unknown as Result<unknown>)],
    ['an answer without ok', () => Promise.resolve({ value: 1 } as unknown as Result<unknown>)],
    ['an error without a message', () => Promise.resolve({ ok: false, error: { code: 'x' } } as unknown as Result<unknown>)],
  ])('answers unavailable in Indonesian for %s, never throwing', async (_what, invoke: VerikopBridge['invoke']) => {
    const r = await createApi(bridgeAnswering(invoke)).call('app.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!r.ok) expect(r.error.message).toMatch(/tidak dapat dihubungi/);
  });

  it('delivers event payloads that match the contract and drops the rest', () => {
    const emitters = new Map<string, (p: unknown) => void>();
    const api = createApi(bridgeAnswering(() => Promise.resolve({ ok: true, value: null }), emitters));
    const got: unknown[] = [];
    const stop = api.on('app.updateReady', (p) => got.push(p.version));
    const emit = emitters.get('app.updateReady');
    emit?.({ version: '2.0.0' });
    emit?.({ version: 2 });
    emit?.('nonsense');
    expect(got).toEqual(['2.0.0']);
    stop();
    expect(emitters.has('app.updateReady')).toBe(false);
  });

  it('hands out the bridge host and vault URLs', () => {
    const api = createApi(bridgeAnswering(() => Promise.resolve({ ok: true, value: null })));
    expect(api.host).toBe('web');
    expect(api.vaultUrl('ab')).toBe('/vault/ab');
  });
});
