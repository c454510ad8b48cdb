// The vault calls of the contract.
import type { Handlers } from '../../../common/contract/define';
import type { vaultCalls } from '../../../common/contract/vault';
import type { Vault } from './vault';

export function createVaultHandlers(vault: Vault): Handlers<typeof vaultCalls> {
  return {
    'vault.removeUnreferenced': async ({ referenced }) => {
      const { removed, freedBytes } = await vault.removeUnreferenced(referenced);
      return { removed: [...removed], freedBytes };
    },
  };
}
