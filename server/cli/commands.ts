// The administrator's commands. Each opens the storage itself (a PGlite data directory is locked
// to one process: stop the server first, or run on PostgreSQL) and prints for a person.
import { readFile, writeFile } from 'node:fs/promises';
import { usernameSchema, serverRoleSchema } from '../../common/contract/http';
import { holidayCalendarDocumentSchema, nipSchema, workflowStateLabels } from '../../common/domain';
import { importApplication } from '../applications/intake';
import { readFolderPacket } from '../applications/packet';
import { listApplications } from '../applications/queries';
import { passwordProblem } from '../auth/passwords';
import { createUser, disableUser, listUsers, resetPassword } from '../auth/users';
import { BlobStore } from '../blobs/store';
import { replaceCalendar } from '../calendar/store';
import { openStorage, type StorageConfig } from '../start';
import { readNewPassword } from './password';
import { openApiDocument } from './openapi';
import { parseProvision, provision } from './provision';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandInput {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | undefined>>;
  readonly storage: StorageConfig;
}

async function withStorage<T>(config: StorageConfig, work: (storage: Awaited<ReturnType<typeof openStorage>>) => Promise<T>): Promise<T> {
  const storage = await openStorage(config);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${what} wajib diisi.`);
  return value;
}

function username(value: string | undefined): string {
  const parsed = usernameSchema.safeParse(required(value, 'Nama pengguna'));
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'Nama pengguna tidak valid.');
  return parsed.data;
}

async function newPasswordFor(name: string): Promise<string> {
  const password = await readNewPassword();
  const problem = passwordProblem(password, name);
  if (problem !== undefined) throw new UsageError(problem);
  return password;
}

export const commands: Readonly<Record<string, { usage: string; run: (input: CommandInput) => Promise<void> }>> = {
  'user:create': {
    usage: 'user:create <nama-pengguna> --role verifier|supervisor|admin|licensing_office --name "Nama Lengkap" [--nip 18digit]   (kata sandi dari stdin)',
    async run({ positionals, flags, storage }) {
      const name = username(positionals[0]);
      const role = serverRoleSchema.safeParse(flags.role);
      if (!role.success) throw new UsageError('--role harus verifier, supervisor, admin atau licensing_office.');
      const displayName = required(flags.name, '--name');
      const nip = flags.nip === undefined ? undefined : nipSchema.safeParse(flags.nip);
      if (nip !== undefined && !nip.success) throw new UsageError('--nip harus 18 digit angka.');
      const password = await newPasswordFor(name);
      await withStorage(storage, async ({ db }) => {
        const user = await createUser(db, { username: name, displayName, role: role.data, password, nip: nip?.data }, new Date());
        console.log(`Pengguna ${user.username} (${user.role}) dibuat dengan id ${user.id}.`);
      });
    },
  },
  'user:disable': {
    usage: 'user:disable <nama-pengguna>   (semua sesinya dicabut)',
    async run({ positionals, storage }) {
      const name = username(positionals[0]);
      await withStorage(storage, async ({ db }) => {
        if (!(await disableUser(db, name, new Date()))) throw new UsageError(`Pengguna ${name} tidak ada.`);
        console.log(`Pengguna ${name} dinonaktifkan; semua sesinya dicabut.`);
      });
    },
  },
  'user:password': {
    usage: 'user:password <nama-pengguna>   (kata sandi baru dari stdin; semua sesinya dicabut)',
    async run({ positionals, storage }) {
      const name = username(positionals[0]);
      const password = await newPasswordFor(name);
      await withStorage(storage, async ({ db }) => {
        if (!(await resetPassword(db, name, password, new Date()))) throw new UsageError(`Pengguna ${name} tidak ada.`);
        console.log(`Kata sandi ${name} diganti; semua sesinya dicabut.`);
      });
    },
  },
  'user:list': {
    usage: 'user:list',
    async run({ storage }) {
      await withStorage(storage, async ({ db }) => {
        for (const u of await listUsers(db, { includeDisabled: true })) {
          console.log([u.id, u.username, u.role, u.display_name, u.disabled_at === null ? 'aktif' : 'nonaktif'].join('\t'));
        }
      });
    },
  },
  'packet:import': {
    usage: 'packet:import <folder-paket> [--assign <nama-pengguna-verifikator>]',
    async run({ positionals, flags, storage }) {
      const packet = await readFolderPacket(required(positionals[0], 'Folder paket'));
      const assignee = flags.assign === undefined ? null : username(flags.assign);
      await withStorage(storage, async ({ db, blobDir }) => {
        const blobs = new BlobStore(blobDir, db, () => new Date());
        for (const bytes of packet.files.values()) await blobs.put(bytes);
        const entry = await importApplication(db, packet.application, assignee, new Date());
        const who = assignee === null ? 'belum ditugaskan' : `ditugaskan kepada ${assignee}`;
        console.log(`Permohonan ${packet.application.id} (${packet.application.registrationNumber}) diterima, ${who}; log #${entry.seq}.`);
      });
    },
  },
  provision: {
    usage: 'provision   (pengguna dan paket dari JSON di stdin; yang sudah ada dilewati)',
    async run({ storage }) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      const input = parseProvision(Buffer.concat(chunks).toString('utf8'));
      await withStorage(storage, async (opened) => {
        const done = await provision(opened, input, new Date());
        console.log(done.length === 0 ? 'Tidak ada perubahan: semua sudah ada.' : done.join('\n'));
      });
    },
  },
  'calendar:replace': {
    usage: 'calendar:replace <kalender.json>   (versi harus lebih besar dari yang berlaku)',
    async run({ positionals, storage }) {
      const text = await readFile(required(positionals[0], 'Berkas kalender'), 'utf8');
      const parsed = holidayCalendarDocumentSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new UsageError(`Kalender tidak valid:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
      await withStorage(storage, async ({ db }) => {
        const entry = await replaceCalendar(db, parsed.data, null, new Date());
        console.log(`Kalender versi ${parsed.data.version} diterbitkan; log #${entry.seq}.`);
      });
    },
  },
  applications: {
    usage: 'applications   (daftar permohonan dan statusnya)',
    async run({ storage }) {
      await withStorage(storage, async ({ db }) => {
        const users = new Map((await listUsers(db, { includeDisabled: true })).map((u) => [String(u.id), u.username]));
        for (const a of await listApplications(db, undefined)) {
          const assignee = a.assignedTo === null ? '-' : (users.get(a.assignedTo) ?? a.assignedTo);
          console.log([a.id, a.registrationNumber, a.receivedAt, workflowStateLabels[a.state], assignee, a.applicantName].join('\t'));
        }
      });
    },
  },
  openapi: {
    usage: 'openapi [berkas-keluaran]   (default: cetak ke layar)',
    async run({ positionals }) {
      const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
      const out = positionals[0];
      if (out === undefined) process.stdout.write(text);
      else {
        await writeFile(out, text);
        console.log(`OpenAPI ditulis ke ${out}.`);
      }
    },
  },
};
