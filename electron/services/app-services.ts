// Composition of every main-process service behind the contract. Electron main and the web host
// both build exactly this, so the app behaves the same in either door.
import { join } from 'node:path';
import { calls, events, type Calls, type Events, type Handlers } from '../../common/contract';
import { DemoMode, type ServerLauncher } from './demo';
import { createDocumentsHandlers } from './documents';
import { EventBus } from './event-bus';
import { FileKeySecretStore, type SecretStore } from './credentials';
import { createSigningHandlers, type FileChooser } from './signing';
import { createSyncHandlers, SyncService } from './sync';
import { createPacketHandlers, type PacketPicker } from './packets/handlers';
import { createEvidenceHandlers, photoInboxFor, type PhotoPicker } from './photos';
import { createVaultHandlers } from './vault/handlers';
import { Vault, type VaultReader } from './vault/vault';

export interface HostInfo {
  readonly host: 'electron' | 'web';
  /** Where this installation keeps its vault, keys and journals. */
  readonly dataDir: string;
  readonly version: string;
  /** The host's open-file dialog (Electron's); the web host has none. */
  readonly chooseFile?: FileChooser;
  /** Issuer named in generated documents' e-signature statement: BSrE unless demo mode sets the demo CA. */
  readonly signatureIssuer?: string;
  /** The host's dialog for picking a packet (.zip or folder); the web host has none. */
  readonly choosePacket?: PacketPicker;
  /** Folder of packets waiting to be imported; default `<dataDir>/inbox`. */
  readonly packetInbox?: string;
  /** Folder of certificate files to import by name; default `<dataDir>/certificates-inbox`. */
  readonly certificateInbox?: string;
  /** The host's dialog for picking site photos; the web host has none. */
  readonly choosePhotos?: PhotoPicker;
  /** Folder of site photos to take in by name; default `<dataDir>/photos-inbox`. */
  readonly photoInbox?: string;
  /** Seals the server session token: Electron's keychain adapter; default a file key in `<dataDir>/sync`. */
  readonly secretStore?: SecretStore;
  /** How this host runs the sync server's CLI for demo mode; without it demo mode says it is unavailable. */
  readonly demoServer?: ServerLauncher;
}

export interface AppServices {
  readonly handlers: Handlers<Calls>;
  readonly events: EventBus<Events>;
  /** Reads stored files for the vault URL (Electron's protocol, the web host's route): the same
   * vault instance the services write through, so writes stay serialised in one place. */
  readonly readVault: VaultReader;
  /** Demo mode: the host starts it at launch when it was chosen before (`resume`) or asked for. */
  readonly demo: DemoMode;
  close(): Promise<void>;
}

export function createAppServices(info: HostInfo): AppServices {
  const bus = new EventBus(events);
  const vault = Vault.forDataDir(info.dataDir);
  const sync = new SyncService({
    dataDir: info.dataDir,
    vault,
    secrets: info.secretStore ?? new FileKeySecretStore(join(info.dataDir, 'sync', 'secret.key')),
    onStatus: (status) => {
      bus.emit('sync.status', status);
    },
    onProgress: (progress) => {
      bus.emit('sync.progress', progress);
    },
  });
  const demo = new DemoMode({ dataDir: info.dataDir, launcher: info.demoServer, sync });
  const handlers: Handlers<Calls> = {
    'app.info': () =>
      Promise.resolve({ name: 'Verikop', version: info.version, dataDir: info.dataDir, host: info.host }),
    'app.startDemo': async ({ signInAs }) => {
      const started = await demo.start();
      const status = signInAs === undefined ? await sync.status() : await demo.signInAs(signInAs);
      return { serverUrl: started.serverUrl, password: started.password, accounts: [...started.accounts], status };
    },
    'app.demoStatus': async () => {
      const { serverUrl, nips } = await demo.status();
      return { serverUrl: serverUrl ?? null, nips };
    },
    ...createSigningHandlers({ dataDir: info.dataDir, vault, chooseFile: info.chooseFile, certificateInbox: info.certificateInbox }),
    ...createDocumentsHandlers({
      vault,
      // Asked at each document: demo mode may be chosen while the app runs.
      signatureIssuer: async () => (await demo.signatureIssuer()) ?? info.signatureIssuer,
      onProgress: (progress) => {
        bus.emit('documents.progress', progress);
      },
    }),
    ...createPacketHandlers({
      vault,
      inboxDir: info.packetInbox ?? join(info.dataDir, 'inbox'),
      pickPacket: info.choosePacket,
      onProgress: (progress) => {
        bus.emit('packets.importProgress', progress);
      },
    }),
    ...createEvidenceHandlers({ vault, inboxDir: info.photoInbox ?? photoInboxFor(info.dataDir), pickPhotos: info.choosePhotos }),
    ...createVaultHandlers(vault),
    ...createSyncHandlers(sync),
  };
  return {
    handlers,
    events: bus,
    readVault: vault.reader(),
    demo,
    close: async () => {
      sync.close();
      await demo.close();
    },
  };
}

export { calls };
