// What the sync engine is doing, as a small zustand store (vanilla: no React here). The UI binds
// with `useStore(engine.store, selector)`; counts of pending operations and conflicts come from
// IndexedDB itself (renderer/db), which stays the one source of those.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContractError } from '../../common/contract';

export type EnginePhase = 'idle' | 'restoring' | 'journaling' | 'pushing' | 'pulling' | 'prefetching';

export interface RoundReport {
  /** Operations the server answered in this round, by answer. */
  readonly accepted: number;
  readonly conflicts: number;
  readonly rejected: number;
  readonly retry: number;
  /** Log entries applied from pulls. */
  readonly pulled: number;
  /** Why the round did not reach the server, when it did not. */
  readonly skipped?: 'offline' | 'signed_out';
  readonly error?: ContractError;
}

export interface EngineState {
  readonly started: boolean;
  readonly phase: EnginePhase;
  /** As main last reported: the server answered lately, and someone is signed in. */
  readonly online: boolean;
  readonly signedIn: boolean;
  /** The signed-in user's server id (absent while nobody is): only their operations, or the device profile's, are sent. */
  readonly userId?: string;
  /** Operations put back into the outbox from main's journal at start. */
  readonly restored: number;
  readonly lastRound: RoundReport | undefined;
  /** The failure of the last round, cleared by the next one that succeeds. */
  readonly error: ContractError | undefined;
}

export type EngineStore = StoreApi<EngineState>;

/** Before the engine started (also what a UI shows while no engine is bound). */
export const idleEngineState: EngineState = {
  started: false,
  phase: 'idle',
  online: false,
  signedIn: false,
  restored: 0,
  lastRound: undefined,
  error: undefined,
};

export const createEngineStore = (): EngineStore => createStore<EngineState>(() => idleEngineState);

/** Whether the engine can reach the server now (otherwise it only journals and waits). */
export const canReachServer = (s: Pick<EngineState, 'online' | 'signedIn'>): boolean => s.online && s.signedIn;
