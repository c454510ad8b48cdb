// The typed client derived from the contract, over any VerikopBridge. A call never throws:
// whatever goes wrong on the way comes back as a Result with an Indonesian message.
import {
  calls,
  events,
  type CallInput,
  type CallName,
  type CallOutput,
  type Calls,
  type Client,
  type EventName,
  type EventPayload,
  type Events,
  type Result,
  type VerikopBridge,
} from '../../common/contract';
import { t } from '../i18n';

export type CallNames = CallName<Calls>;
export type EventNames = EventName<Events>;

export type Api = Client<Calls> & {
  /** Runs a contract call: `api.call('app.info', {})`, the same as `api['app.info']({})`. */
  call<K extends CallNames>(name: K, input: CallInput<Calls, K>): Promise<Result<CallOutput<Calls, K>>>;
  /** Listens to a contract event; payloads that do not match the contract are dropped. */
  on<K extends EventNames>(name: K, listener: (payload: EventPayload<Events, K>) => void): () => void;
  /** URL of a vault file for <img>, pdf.js and the like. */
  vaultUrl(sha256: string): string;
  readonly host: VerikopBridge['host'];
};

const unavailable: Result<never> = { ok: false, error: { code: 'unavailable', message: t.transport.unavailable } };

// A bridge is a door we do not control (a preload of another version, a host that crashed
// mid-answer): its answer is trusted only after its shape is checked.
function isResult(r: unknown): r is Result<unknown> {
  if (typeof r !== 'object' || r === null || !('ok' in r)) return false;
  if (r.ok === true) return 'value' in r;
  return (
    r.ok === false &&
    'error' in r &&
    typeof r.error === 'object' &&
    r.error !== null &&
    'code' in r.error &&
    typeof r.error.code === 'string' &&
    'message' in r.error &&
    typeof r.error.message === 'string'
  );
}

export function createApi(bridge: VerikopBridge): Api {
  const call = async <K extends CallNames>(name: K, input: CallInput<Calls, K>): Promise<Result<CallOutput<Calls, K>>> => {
    try {
      const result = await bridge.invoke(name, input);
      // Main checked the value against the call's output schema before answering.
      return isResult(result) ? (result as Result<CallOutput<Calls, K>>) : unavailable;
    } catch {
      return unavailable;
    }
  };

  const on = <K extends EventNames>(name: K, listener: (payload: EventPayload<Events, K>) => void): (() => void) =>
    bridge.on(name, (payload) => {
      const parsed = events[name].safeParse(payload);
      // Indexing the table with a generic name widens the parsed type to the union of all events.
      if (parsed.success) listener(parsed.data as EventPayload<Events, K>);
      else console.warn(`Event ${name} dropped: payload does not match the contract`);
    });

  const client = Object.fromEntries(
    Object.keys(calls).map((name) => [name, (input: unknown) => call(name as CallNames, input as CallInput<Calls, CallNames>)]),
  ) as Client<Calls>;

  return { ...client, call, on, vaultUrl: (sha256) => bridge.vaultUrl(sha256), host: bridge.host };
}
