// The signed-in session (server, user, opaque token) kept on disk sealed by a SecretStore, so
// the token never lies in a file in plain text. A session that cannot be opened (another
// computer's keychain, a damaged or altered file) reads as "not signed in": the person signs in
// again, and nothing else is lost.
import { z } from 'zod';
import { signedInUserSchema } from '../../../common/contract/sync';
import { readFileIfPresent, removeFileDurably, writeFileDurably } from './durable-file';
import type { SecretStore } from './secret-store';

const storedSessionSchema = z.object({
  serverUrl: z.string(),
  user: signedInUserSchema,
  token: z.string().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export type SessionLoad =
  | { readonly kind: 'none' }
  | { readonly kind: 'session'; readonly session: StoredSession }
  /** A file was there but could not be opened or read: treated as signed out. */
  | { readonly kind: 'unreadable' };

export class SessionStore {
  constructor(
    private readonly path: string,
    private readonly secrets: SecretStore,
  ) {}

  async save(session: StoredSession): Promise<void> {
    const sealed = await this.secrets.seal(JSON.stringify(storedSessionSchema.parse(session)));
    await writeFileDurably(this.path, sealed);
  }

  async load(): Promise<SessionLoad> {
    const sealed = await readFileIfPresent(this.path);
    if (sealed === undefined) return { kind: 'none' };
    let plain: string;
    try {
      plain = await this.secrets.open(sealed);
    } catch {
      return { kind: 'unreadable' };
    }
    const parsed = storedSessionSchema.safeParse(safeJson(plain));
    return parsed.success ? { kind: 'session', session: parsed.data } : { kind: 'unreadable' };
  }

  clear(): Promise<void> {
    return removeFileDurably(this.path);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
