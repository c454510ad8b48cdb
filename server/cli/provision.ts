// `provision`: users and packet intakes described in one JSON document (standard input), applied
// so that a second run changes nothing — a user whose name exists and an application already on
// the server are left as they are. The desktop app's demo mode runs it before each start of its
// embedded server (the PGlite folder is locked to one process, so it cannot run beside `serve`);
// an administrator can use it to set up a test server the same way.
import { z } from 'zod';
import { serverRoleSchema, usernameSchema } from '../../common/contract/http';
import { nipSchema } from '../../common/domain';
import { importApplication } from '../applications/intake';
import { readFolderPacket } from '../applications/packet';
import { passwordProblem } from '../auth/passwords';
import { createUser, findUserByUsername } from '../auth/users';
import { BlobStore } from '../blobs/store';
import type { OpenedStorage } from '../start';

export const provisionSchema = z
  .object({
    users: z
      .array(
        z
          .object({
            username: usernameSchema,
            role: serverRoleSchema,
            name: z.string().trim().min(1),
            nip: nipSchema.optional(),
            password: z.string(),
          })
          .strict(),
      )
      .default([]),
    packets: z.array(z.object({ folder: z.string().min(1), assign: usernameSchema.optional() }).strict()).default([]),
  })
  .strict();
export type Provision = z.input<typeof provisionSchema>;

export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

/** Reads and checks the document; every refusal names the place in it. */
export function parseProvision(text: string): z.output<typeof provisionSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProvisionError('Masukan provision bukan JSON yang benar.');
  }
  const parsed = provisionSchema.safeParse(json);
  if (!parsed.success) {
    throw new ProvisionError(`Masukan provision tidak valid:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
  }
  for (const user of parsed.data.users) {
    const problem = passwordProblem(user.password, user.username);
    if (problem !== undefined) throw new ProvisionError(`users ${user.username}: ${problem}`);
  }
  return parsed.data;
}

/** What was done, one line per change, for the person (or the demo log) reading it. */
export async function provision(storage: Pick<OpenedStorage, 'db' | 'blobDir'>, input: z.output<typeof provisionSchema>, now: Date): Promise<string[]> {
  const { db } = storage;
  const done: string[] = [];
  for (const user of input.users) {
    if ((await findUserByUsername(db, user.username)) !== undefined) continue;
    await createUser(db, { username: user.username, displayName: user.name, role: user.role, password: user.password, nip: user.nip }, now);
    done.push(`Pengguna ${user.username} (${user.role}) dibuat.`);
  }
  const blobs = new BlobStore(storage.blobDir, db, () => now);
  for (const entry of input.packets) {
    const packet = await readFolderPacket(entry.folder);
    const known = await db.query('SELECT 1 FROM applications WHERE id = $1', [packet.application.id]);
    if (known.rows.length > 0) continue;
    for (const bytes of packet.files.values()) await blobs.put(bytes);
    const log = await importApplication(db, packet.application, entry.assign ?? null, now);
    done.push(`Permohonan ${packet.application.id} diterima${entry.assign === undefined ? '' : `, ditugaskan kepada ${entry.assign}`}; log #${String(log.seq)}.`);
  }
  return done;
}
