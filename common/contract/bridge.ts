// The one object a host exposes to the renderer. Electron's preload puts it on `window.verikop`
// through contextBridge; the web host's client implements the same shape over HTTP. Only
// renderer/platform/api.ts reads it, and derives the typed client from the call table — so this
// interface stays deliberately untyped per call: the table, not this file, is the API.
import type { Result } from './define';

export interface VerikopBridge {
  /** Runs a call from the contract table; unknown names answer `unknown_call`, never throw. */
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Listens to a contract event; returns the function that stops listening. */
  on(name: string, listener: (payload: unknown) => void): () => void;
  /** URL at which the renderer can load a vault file by its SHA-256 (hex, lowercase). */
  vaultUrl(sha256: string): string;
  readonly host: 'electron' | 'web';
}

/** Property of `window` under which the bridge is exposed. */
export const bridgeKey = 'verikop';
