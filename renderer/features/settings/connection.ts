// The connection to the Dinas server as main reports it (`sync.status`): the address, who is
// signed in, online or not, main's journal of unanswered operations, the last sync and the last
// failure. One store for the window, fed by the call and by main's `sync.status` event, so the
// status area and the settings screen always show the same thing.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { ContractError } from '../../../common/contract';
import type { SyncStatus } from '../../../common/contract/sync';
import { api } from '../../platform/api';

export interface ConnectionState {
  /** Undefined until main first answered. */
  readonly status: SyncStatus | undefined;
  /** Main could not be asked (the host is gone, or this host has no sync): treated as offline. */
  readonly unreachable: ContractError | undefined;
  readonly checking: boolean;
}

interface ConnectionStore extends ConnectionState {
  readonly set: (status: SyncStatus) => void;
  readonly refresh: () => Promise<void>;
}

export const useConnection = create<ConnectionStore>((set) => ({
  status: undefined,
  unreachable: undefined,
  checking: false,
  set: (status) => {
    set({ status, unreachable: undefined });
  },
  refresh: async () => {
    set({ checking: true });
    const answer = await api.call('sync.status', {});
    set(answer.ok ? { status: answer.value, unreachable: undefined, checking: false } : { unreachable: answer.error, checking: false });
  },
}));

/** Online only when main answered and says the server answered lately. */
export const isOnline = (state: ConnectionState): boolean => state.unreachable === undefined && state.status?.online === true;

/** Asks main once and follows its events while mounted; mount it once, in the shell's status area. */
export function useConnectionFeed(): void {
  useEffect(() => {
    const { refresh, set } = useConnection.getState();
    void refresh();
    return api.on('sync.status', set);
  }, []);
}
