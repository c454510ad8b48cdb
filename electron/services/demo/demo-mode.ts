// Demo mode of one installation: the demo data seeded into the data folder (certificates, sample
// packets, the demo CA trusted), the embedded sync server with the demo verifier and supervisor
// and three sample applications assigned to the verifier (server-packets.ts), and signing in as either of them.
// Chosen once (first run, or the web host's `--demo`), it starts again with the app for as long
// as the installation stays connected to the demo server (its address is kept in
// `<dataDir>/demo-server/port.json`); signing in to a real server leaves demo mode.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Failure } from '../../../common/contract';
import type { SyncStatus } from '../../../common/contract/sync';
import { DEMO_CA_NAME } from '../signing/demo-pki';
import { DEMO_PASSPHRASE, demoPeople, type DemoPerson, type DemoRole } from './demo-people';
import { embeddedServerMessages, keptAddress, startEmbeddedServer, type EmbeddedServer, type ServerLauncher } from './embedded-server';
import { seedDemo } from './seed';
import { ensureDemoServerPackets } from './server-packets';

/** The demo accounts' usernames on the embedded server. */
export const demoUsernames: Readonly<Record<DemoRole, string>> = { verifier: 'verifikator', supervisor: 'supervisor' };

/**
 * One password for both demo accounts and both demo certificates: printed in the README, shown on
 * the first-run screen and in the web host's output. It guards nothing real — the accounts exist
 * only on the embedded server of this computer, which listens on loopback only.
 */
export const DEMO_PASSWORD = DEMO_PASSPHRASE;

export interface DemoAccount {
  readonly role: DemoRole;
  readonly username: string;
  readonly name: string;
  readonly nip: string;
  readonly position: string;
  /** The person's .p12 in the certificate inbox. */
  readonly certificateFile: string;
}

export interface DemoStarted {
  readonly serverUrl: string;
  readonly password: string;
  readonly accounts: readonly DemoAccount[];
  /** What this start set up (seeded files, users, intakes); empty when all was in place. */
  readonly changes: readonly string[];
}

export interface DemoModeOptions {
  readonly dataDir: string;
  /** How to run the server CLI; absent where this host cannot run it (the demo then says so). */
  readonly launcher: ServerLauncher | undefined;
  readonly sync: {
    status(): Promise<SyncStatus>;
    signIn(input: { serverUrl: string; username: string; password: string }): Promise<SyncStatus>;
    /** Asks the server's health now, so the app shows it online without waiting for the schedule. */
    checkHealth(): Promise<boolean>;
  };
}

const accountOf = (person: DemoPerson): DemoAccount => ({
  role: person.role,
  username: demoUsernames[person.role],
  name: person.official.name,
  nip: person.official.nip,
  position: person.official.position,
  certificateFile: person.fileName,
});

export const demoModeMessages = {
  unavailable: 'Mode demo tidak tersedia pada instalasi ini: server demo hanya ikut dalam salinan proyek (npm start atau npm run web).',
} as const;

export const demoServerDirFor = (dataDir: string): string => join(dataDir, 'demo-server');

export class DemoMode {
  readonly #o: DemoModeOptions;
  #starting: Promise<{ server: EmbeddedServer; started: DemoStarted }> | undefined;

  constructor(options: DemoModeOptions) {
    this.#o = options;
  }

  /**
   * The issuer generated documents name: the demo CA once demo mode was chosen, unless this
   * installation has since been pointed at another (real) server — then BSrE again.
   */
  async signatureIssuer(): Promise<string | undefined> {
    const address = await this.#address();
    if (address === undefined) return undefined;
    const { serverUrl } = await this.#o.sync.status();
    return serverUrl === null || serverUrl === address ? DEMO_CA_NAME : undefined;
  }

  /** The demo server's address (running, else kept from last time; undefined if never chosen) and the demo people's NIPs. */
  async status(): Promise<{ serverUrl: string | undefined; nips: string[] }> {
    return { serverUrl: await this.#address(), nips: demoPeople.map((p) => p.official.nip) };
  }

  /** Seeds and starts everything, once per app run; later calls answer the same. */
  async start(): Promise<DemoStarted> {
    this.#starting ??= this.#start();
    try {
      return (await this.#starting).started;
    } catch (error) {
      this.#starting = undefined; // a failed start may be tried again
      throw error;
    }
  }

  /**
   * At app start: starts demo mode again when this installation is still connected to the demo
   * server (it was chosen and not left for a real server); otherwise does nothing.
   */
  async resume(): Promise<DemoStarted | undefined> {
    return (await this.#onDemoServer()) ? this.start() : undefined;
  }

  async #onDemoServer(): Promise<boolean> {
    const address = await this.#address();
    return address !== undefined && (await this.#o.sync.status()).serverUrl === address;
  }

  /** The demo server's address: the running one's, else the one it had last time, else none. */
  async #address(): Promise<string | undefined> {
    const running = await this.#starting?.catch(() => undefined);
    return running?.server.url ?? (await keptAddress(demoServerDirFor(this.#o.dataDir)));
  }

  /** Starts demo mode if needed and signs this installation in as the demo person of `role`. */
  async signInAs(role: DemoRole): Promise<SyncStatus> {
    const started = await this.start();
    return this.#o.sync.signIn({ serverUrl: started.serverUrl, username: demoUsernames[role], password: DEMO_PASSWORD });
  }

  async close(): Promise<void> {
    const starting = this.#starting;
    this.#starting = undefined;
    const running = await starting?.catch(() => undefined);
    await running?.server.stop();
  }

  async #start(): Promise<{ server: EmbeddedServer; started: DemoStarted }> {
    const { dataDir, launcher } = this.#o;
    if (launcher === undefined) throw new Failure('demo_unavailable', demoModeMessages.unavailable);
    // Before seeding: a start that cannot run the server must not leave the demo CA trusted.
    if (!existsSync(launcher.entry)) throw new Failure('demo_unavailable', embeddedServerMessages.missingEntry(launcher.entry));
    const seed = await seedDemo(dataDir);
    const serverDir = demoServerDirFor(dataDir);
    // Read before the start, which keeps the new address if the server had to move.
    const previous = await keptAddress(serverDir);
    const packets = await ensureDemoServerPackets(join(serverDir, 'intake'));
    const server = await startEmbeddedServer({
      dataDir: serverDir,
      launcher,
      provision: {
        users: demoPeople.map((p) => ({
          username: demoUsernames[p.role],
          role: p.role,
          name: p.official.name,
          nip: p.official.nip,
          password: DEMO_PASSWORD,
        })),
        packets: packets.map((p) => ({ folder: p.folder, assign: demoUsernames.verifier })),
      },
    });
    try {
      await this.#followNewAddress(previous, server.url);
      await this.#o.sync.checkHealth();
    } catch (error) {
      await server.stop();
      throw error;
    }
    const changes = [...seed.changes.map((c) => `${c.kind}: ${c.path}`), ...server.provisioned];
    return { server, started: { serverUrl: server.url, password: DEMO_PASSWORD, accounts: demoPeople.map(accountOf), changes } };
  }

  // Signed in to the demo server at the address it had (another program has since taken its
  // port): sign in again at the new one as the same demo person, so sync carries on. Only a
  // session at the demo server's own kept address is followed: another server on this computer
  // with a "verifikator" account is not the demo's.
  async #followNewAddress(previous: string | undefined, url: string): Promise<void> {
    const status = await this.#o.sync.status();
    const username = status.user?.username;
    if (previous === undefined || status.serverUrl !== previous || previous === url) return;
    if (username === undefined || !Object.values(demoUsernames).includes(username)) return;
    await this.#o.sync.signIn({ serverUrl: url, username, password: DEMO_PASSWORD });
  }
}
