// The sync calls of the contract, over the SyncService.
import type { Handlers } from '../../../common/contract/define';
import type { syncCalls } from '../../../common/contract/sync';
import type { SyncService } from './service';

export function createSyncHandlers(service: SyncService): Handlers<typeof syncCalls> {
  return {
    'sync.status': () => service.status(),
    'sync.signIn': (input) => service.signIn(input),
    'sync.signOut': () => service.signOut(),
    'sync.push': ({ clientId, operations }) => service.push(clientId, operations),
    'sync.pull': ({ after, limit }) => service.pull(after, limit),
    'sync.journal': async () => ({ entries: await service.journalEntries() }),
    'sync.journalAppend': ({ clientId, operations }) => service.journalAppend(clientId, operations),
    'sync.journalSettle': ({ operationIds }) => service.journalSettle(operationIds),
    'sync.prefetch': () => service.prefetch(),
  };
}
