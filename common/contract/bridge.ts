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

/** Vault files are named by the lowercase hex SHA-256 of their bytes, nothing else. */
export const isSha256Hex = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);

// How the Electron door carries the contract: main and preload must agree on these names, and
// the preload may import only common/contract, so they live here rather than in electron/.
export const electronWire = {
  rpcChannel: (call: string): string => `rpc:${call}`,
  eventChannel: (event: string): string => `event:${event}`,
  /** Read-only protocol serving vault files to the app's window: `verikop-vault://blob/<sha256>`. */
  vaultScheme: 'verikop-vault',
  vaultHost: 'blob',
} as const;
