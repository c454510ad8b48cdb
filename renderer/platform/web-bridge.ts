// The bridge when the renderer runs in a browser against the web host: the same VerikopBridge the
// Electron preload exposes, over POST /rpc/<name>, one EventSource on /events, and /vault/<sha>
// URLs. The session cookie travels by itself (same origin); the custom header is what the host
// requires to believe a call comes from this page.
import type { ContractError, Result, VerikopBridge } from '../../common/contract';
import { t } from '../i18n';

const failure = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

const isContractError = (e: unknown): e is ContractError =>
  typeof e === 'object' && e !== null && 'code' in e && 'message' in e && typeof e.code === 'string' && typeof e.message === 'string';

/** The host answers every call with a Result, whatever the status; anything else is a broken door. */
function asResult(body: unknown): Result<unknown> | undefined {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return undefined;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok === false && 'error' in body && isContractError(body.error)) {
    return { ok: false, error: { code: body.error.code, message: body.error.message } };
  }
  return undefined;
}

async function invoke(name: string, input: unknown): Promise<Result<unknown>> {
  let body: string;
  try {
    body = JSON.stringify(input === undefined ? null : input);
  } catch {
    return failure('bad_input', t.transport.unserializable);
  }
  let response: Response;
  try {
    response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-verikop-rpc': '1' },
      body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return failure('unavailable', t.transport.unavailable);
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    return failure('unavailable', t.transport.badAnswer);
  }
  return asResult(parsed) ?? failure('unavailable', t.transport.badAnswer);
}

type Listener = (payload: unknown) => void;

/** One EventSource for the page, opened with the first listener and closed after the last. */
function createEventHub(): Pick<VerikopBridge, 'on'> {
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSource | undefined;

  const deliver = (message: MessageEvent<unknown>): void => {
    let event: unknown;
    try {
      event = typeof message.data === 'string' ? JSON.parse(message.data) : undefined;
    } catch {
      return;
    }
    if (typeof event !== 'object' || event === null || !('name' in event) || typeof event.name !== 'string') return;
    const payload = 'payload' in event ? event.payload : undefined;
    for (const listener of listeners.get(event.name) ?? []) listener(payload);
  };

  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, set);
      set.add(listener);
      if (source === undefined) {
        // EventSource reconnects by itself when the host restarts or the laptop wakes up.
        source = new EventSource('/events');
        source.addEventListener('message', deliver);
      }
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(name);
        if (listeners.size === 0 && source !== undefined) {
          source.close();
          source = undefined;
        }
      };
    },
  };
}

export function createWebBridge(): VerikopBridge {
  const hub = createEventHub();
  return {
    host: 'web',
    invoke,
    on: (name, listener) => hub.on(name, listener),
    vaultUrl: (sha256) => `/vault/${encodeURIComponent(sha256)}`,
  };
}
