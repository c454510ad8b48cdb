// The packet calls of the contract, over the importer. Electron main passes a picker (its file
// dialog); the web host passes none, and `pickAndImport` then says so.
import type { Handlers } from '../../../common/contract/define';
import type { ImportedPacket, packetCalls } from '../../../common/contract/packets';
import type { Vault } from '../vault/vault';
import type { ProgressReporter } from './contents';
import { PacketImporter, type ImportResult } from './importer';
import { listInbox, resolveInboxEntry } from './inbox';
import type { PacketLimits } from './limits';
import { refuse } from './problems';

/** Shows the host's own open dialog; resolves undefined when the person cancels. */
export type PacketPicker = (kind: 'zip' | 'folder') => Promise<string | undefined>;

export interface PacketServiceOptions {
  readonly vault: Vault;
  readonly inboxDir: string;
  readonly pickPacket?: PacketPicker;
  readonly onProgress?: ProgressReporter;
  readonly limits?: PacketLimits;
}

const answer = (result: ImportResult): ImportedPacket => ({
  status: 'imported',
  application: result.application,
  manifestSha256: result.manifestSha256,
  warnings: [...result.warnings],
  storedFiles: result.storedFiles,
  reusedFiles: result.reusedFiles,
});

export function createPacketHandlers(options: PacketServiceOptions): Handlers<typeof packetCalls> {
  const importer = new PacketImporter(options.vault, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    'packets.pickAndImport': async ({ kind }) => {
      if (options.pickPacket === undefined) {
        throw refuse(
          'packet_picker_unavailable',
          `Dialog pemilihan berkas tidak tersedia di sini. Letakkan paket di folder kotak masuk (${options.inboxDir}) lalu impor dari daftar.`,
        );
      }
      const path = await options.pickPacket(kind);
      if (path === undefined) return { status: 'cancelled' };
      return answer(await importer.importPath(path));
    },
    'packets.listInbox': async () => ({ folder: options.inboxDir, entries: await listInbox(options.inboxDir) }),
    'packets.importFromInbox': async ({ name }) => answer(await importer.importPath(await resolveInboxEntry(options.inboxDir, name))),
  };
}
