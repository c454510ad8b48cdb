// Which server this installation talks to and who is signed in. The address is not secret and
// outlives a sign-out (the next sign-in needs only the password); the session with its token is
// kept sealed by the SecretStore.
import { join } from 'node:path';
import { z } from 'zod';
import type { SignedInUser } from '../../../common/contract/sync';
import { readFileIfPresent, writeFileDurably } from '../credentials/durable-file';
import type { SecretStore } from '../credentials/secret-store';
import { SessionStore, type StoredSession } from '../credentials/session-store';

const serverFileSchema = z.object({ serverUrl: z.string().min(1) });

export class Account {
  readonly #serverFile: string;
  readonly #sessions: SessionStore;
  #serverUrl: string | null = null;
  #session: StoredSession | undefined;

  constructor(dir: string, secrets: SecretStore) {
    this.#serverFile = join(dir, 'server.json');
    this.#sessions = new SessionStore(join(dir, 'session.sealed'), secrets);
  }

  async load(): Promise<void> {
    const raw = await readFileIfPresent(this.#serverFile);
    const parsed = raw === undefined ? undefined : serverFileSchema.safeParse(safeJson(raw.toString('utf8')));
    this.#serverUrl = parsed?.success === true ? parsed.data.serverUrl : null;
    const loaded = await this.#sessions.load();
    // A session for another address than the one configured is not used.
    this.#session = loaded.kind === 'session' && loaded.session.serverUrl === this.#serverUrl ? loaded.session : undefined;
  }

  get serverUrl(): string | null {
    return this.#serverUrl;
  }

  get user(): SignedInUser | null {
    return this.#session?.user ?? null;
  }

  /** The bearer token of the signed-in session; handed only to the HTTP client. */
  get token(): string | undefined {
    return this.#session?.token;
  }

  async signedIn(session: StoredSession): Promise<void> {
    if (session.serverUrl !== this.#serverUrl) {
      await writeFileDurably(this.#serverFile, JSON.stringify({ serverUrl: session.serverUrl }));
      this.#serverUrl = session.serverUrl;
    }
    await this.#sessions.save(session);
    this.#session = session;
  }

  async signedOut(): Promise<void> {
    this.#session = undefined;
    await this.#sessions.clear();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
