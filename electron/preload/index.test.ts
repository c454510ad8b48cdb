// The Electron runtime cannot run here, so contextBridge and ipcRenderer are replaced by
// recorders: what is checked is the preload's own logic — which names pass, what crosses to
// main, and that the page never receives an IPC event object.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerikopBridge } from '../../common/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: 'answer' }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, listener);
    },
    removeListener: (channel: string, listener: unknown) => {
      if (listeners.get(channel) === listener) listeners.delete(channel);
    },
  },
}));

let bridge: VerikopBridge;
beforeAll(async () => {
  await import('./index');
  bridge = exposed.get('verikop') as VerikopBridge;
});
beforeEach(() => {
  invoke.mockClear();
});

describe('preload bridge', () => {
  it('exposes exactly one object, on window.verikop, for the electron host', () => {
    expect([...exposed.keys()]).toEqual(['verikop']);
    expect(bridge.host).toBe('electron');
    expect(Object.keys(bridge).sort()).toEqual(['host', 'invoke', 'on', 'vaultUrl']);
  });

  it('sends a declared call on its own channel', async () => {
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('rpc:app.info', {});
  });

  it.each(['app.nope', '__proto__', 'constructor', 'toString', '', 42, null])(
    'answers unknown_call for %j without reaching main',
    async (name) => {
      const result = await bridge.invoke(name as string, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
      expect(invoke).not.toHaveBeenCalled();
    },
  );

  it('hands the listener the payload only, never the IPC event, and stops on unsubscribe', () => {
    const received: unknown[][] = [];
    const stop = bridge.on('app.updateReady', (...args: unknown[]) => received.push(args));
    const forward = listeners.get('event:app.updateReady');
    expect(forward).toBeDefined();
    forward?.({ sender: 'ipcRenderer' }, { version: '0.2.0' });
    expect(received).toEqual([[{ version: '0.2.0' }]]);
    stop();
    expect(listeners.has('event:app.updateReady')).toBe(false);
  });

  it.each(['app.nope', 'hasOwnProperty', ''])('refuses to listen to an undeclared event %j', (name) => {
    expect(() => bridge.on(name, () => undefined)).toThrow(/tidak dikenal/);
  });

  it('builds vault URLs from a sha256 only', () => {
    const sha = 'ab'.repeat(32);
    expect(bridge.vaultUrl(sha)).toBe(`verikop-vault://blob/${sha}`);
    for (const bad of ['AB'.repeat(32), '../x', `${sha}?a`, '', 7]) {
      expect(() => bridge.vaultUrl(bad as string), String(bad)).toThrow(/SHA-256/);
    }
  });
});
