// One packet import at a time: main checks the packet and stores its documents in the vault
// (reporting progress), then the file is written to the local database. Each step's failure
// is kept apart, because "the packet is bad" and "this device could not save it" call for
// different actions.
import { useCallback, useEffect, useState } from 'react';
import type { EventPayload, Events, Result } from '../../../common/contract';
import type { ImportedPacket } from '../../../common/contract/packets';
import { isDbFailure } from '../../db/errors';
import type { ApplicationRow } from '../../db/rows';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { storeImportedPacket } from './store-packet';
import type { Workspace } from './use-workspace';

export type ImportProgress = EventPayload<Events, 'packets.importProgress'>;

export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly name: string; readonly progress?: ImportProgress }
  | { readonly status: 'done'; readonly name: string; readonly row: ApplicationRow; readonly packet: ImportedPacket }
  | { readonly status: 'failed'; readonly name: string; readonly title: string; readonly message: string };

type PacketAnswer = Result<ImportedPacket | { readonly status: 'cancelled' }>;

export function usePacketImport(workspace: Workspace) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  useEffect(
    () =>
      api.on('packets.importProgress', (progress) => {
        setState((s) => (s.status === 'running' ? { ...s, progress } : s));
      }),
    [],
  );

  const run = useCallback(
    async (name: string, call: () => Promise<PacketAnswer>): Promise<void> => {
      setState({ status: 'running', name });
      const answer = await call();
      if (!answer.ok) {
        setState({ status: 'failed', name, title: t.workspace.intake.failed, message: answer.error.message });
        return;
      }
      if (answer.value.status === 'cancelled') {
        setState({ status: 'idle' });
        return;
      }
      const packet = answer.value;
      try {
        const row = await storeImportedPacket(workspace, packet);
        setState({ status: 'done', name, row, packet });
      } catch (e) {
        const message = isDbFailure(e) ? e.message : e instanceof Error ? e.message : String(e);
        setState({ status: 'failed', name, title: t.workspace.intake.storeFailed, message });
      }
    },
    [workspace],
  );

  return { state, run };
}
