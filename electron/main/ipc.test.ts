// ipcMain is replaced by a recorder (the Electron runtime cannot run here); the services, the
// contract table and the dispatcher are the real ones.
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { calls } from '../../common/contract';
import { createAppServices } from '../services/app-services';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      handlers.set(channel, handler);
    },
  },
}));
vi.mock('./log', () => ({ log: { warn: vi.fn(), error: vi.fn(), info: vi.fn() } }));

const services = createAppServices({ host: 'electron', dataDir: '/data/verikop', version: '0.1.0' });
const mainFrame = { url: 'app://verikop/index.html', parent: null };
const from = (senderFrame: unknown): unknown => ({ senderFrame });
const call = (name: string, event: unknown, input: unknown): Promise<unknown> => {
  const handler = handlers.get(`rpc:${name}`);
  if (handler === undefined) throw new Error(`no handler for ${name}`);
  return handler(event, input);
};

beforeAll(async () => {
  const { setupIpc } = await import('./ipc');
  setupIpc(services);
});

describe('setupIpc', () => {
  it('registers one channel per call in the table, and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(calls).map((n) => `rpc:${n}`).sort());
  });

  it('answers the app main frame through the real dispatcher', async () => {
    await expect(call('app.info', from(mainFrame), {})).resolves.toEqual({
      ok: true,
      value: { name: 'Verikop', version: '0.1.0', dataDir: '/data/verikop', host: 'electron' },
    });
  });

  it('returns bad_input for input the schema refuses', async () => {
    await expect(call('app.info', from(mainFrame), { extra: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it.each([
    ['an iframe of the app', { url: 'app://verikop/index.html', parent: mainFrame }],
    ['a foreign page', { url: 'https://example.org/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a destroyed frame', null],
  ])('answers forbidden_sender to %s without running the handler', async (_who, frame) => {
    await expect(call('app.info', from(frame), {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});

describe('forwardEvents', () => {
  it('sends bus events to the live window on event:<name>, and stops when it closes', async () => {
    const { forwardEvents } = await import('./ipc');
    const sent: unknown[][] = [];
    const window = Object.assign(new EventEmitter(), {
      isDestroyed: () => false,
      webContents: { send: (...args: unknown[]) => sent.push(args) },
    });
    forwardEvents(services, window as never);
    services.events.emit('app.updateReady', { version: '0.2.0' });
    window.emit('closed');
    services.events.emit('app.updateReady', { version: '0.3.0' });
    expect(sent).toEqual([['event:app.updateReady', { version: '0.2.0' }]]);
  });
});
