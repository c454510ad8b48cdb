// The window's sync engine, as far as the status area is concerned. The status area does not
// start or own the engine (one per window, started where the app is composed); whoever starts it
// binds it here, and from then on "Coba lagi" runs a sync round (engine.syncNow) and the engine's
// phase and failure show in the status area. Without a bound engine, retry asks main again.
import { useStore } from 'zustand';
import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { EngineState, SyncEngine } from '../../sync';

const idle: EngineState = { started: false, phase: 'idle', online: false, signedIn: false, restored: 0, lastRound: undefined, error: undefined };
/** Stands in while no engine is bound, so the hooks below always read some store. */
const unbound = createStore<EngineState>(() => idle);

const useBound = create<{ readonly engine: Pick<SyncEngine, 'store' | 'syncNow'> | undefined }>(() => ({ engine: undefined }));

/** Binds the window's engine to the status area; returns the function that unbinds it. */
export function bindSyncEngine(engine: Pick<SyncEngine, 'store' | 'syncNow'>): () => void {
  useBound.setState({ engine });
  return () => {
    if (useBound.getState().engine === engine) useBound.setState({ engine: undefined });
  };
}

export interface EngineReading {
  readonly bound: boolean;
  readonly state: EngineState;
  readonly syncNow: (() => Promise<unknown>) | undefined;
}

export function useEngine(): EngineReading {
  const engine = useBound((s) => s.engine);
  const state = useStore(engine?.store ?? unbound);
  return { bound: engine !== undefined, state, syncNow: engine === undefined ? undefined : () => engine.syncNow() };
}
