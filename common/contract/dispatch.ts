// One dispatcher for every door (Electron IPC, the web host's HTTP): parse the input with the
// call's schema, run the handler, check the answer against the output schema, and turn every
// outcome into a Result. Doors add only transport and sender checks.
import type { CallName, CallTable, Handlers, Result } from './define';
import { isFailure } from './failure';
import { messages } from './messages';

export interface DispatchHooks {
  /** Told about unexpected errors (bugs), which the caller sees only as `internal`. */
  onInternalError?: (call: string, error: unknown) => void;
}

export async function dispatch<T extends CallTable>(
  table: T,
  handlers: Handlers<T>,
  name: string,
  rawInput: unknown,
  hooks: DispatchHooks = {},
): Promise<Result<unknown>> {
  if (!Object.hasOwn(table, name)) {
    return { ok: false, error: { code: 'unknown_call', message: messages.unknownCall(name) } };
  }
  const call = name as CallName<T>;
  const spec = table[call];
  const handler = handlers[call];
  if (spec === undefined) {
    return { ok: false, error: { code: 'unknown_call', message: messages.unknownCall(name) } };
  }
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad_input', message: messages.badInput(parsed.error.issues) } };
  }
  try {
    const value: unknown = await handler(parsed.data as never);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      hooks.onInternalError?.(name, checked.error);
      return { ok: false, error: { code: 'internal', message: messages.internal } };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (isFailure(error)) return { ok: false, error: { code: error.code, message: error.message } };
    hooks.onInternalError?.(name, error);
    return { ok: false, error: { code: 'internal', message: messages.internal } };
  }
}
