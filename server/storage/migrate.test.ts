import { afterAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../testing/databases';
import type { Db } from './db';
import { migrate, MigrationError } from './migrate';
import { migrations } from './migrations';
import type { Migration } from './migrations';

/** What each migration adds: table → columns. Checked after applying migrations 1..id. */
const expectedTables: Record<number, Record<string, string[]>> = {
  1: {
    users: ['id', 'username', 'display_name', 'nip', 'role', 'password_hash', 'created_at', 'password_changed_at', 'disabled_at'],
    sessions: ['token_hash', 'user_id', 'created_at', 'expires_at', 'revoked_at'],
    login_attempts: ['id', 'username', 'ip', 'succeeded', 'at'],
  },
  2: { blobs: ['sha256', 'size', 'stored_at', 'uploaded_by'] },
  3: {
    applications: [
      'id', 'registration_number', 'applicant_name', 'kab_kota_code', 'received_at', 'data', 'assigned_to',
      'assignment_version', 'state', 'state_version', 'audit_seq', 'audit_hash', 'imported_at',
    ],
    record_fields: ['application_id', 'record', 'field', 'value', 'version', 'user_id', 'client_id'],
    workflow_steps: ['application_id', 'seq', 'step'],
    documents: ['id', 'application_id', 'kind', 'sha256', 'signed', 'record', 'signed_seq'],
    blob_refs: ['sha256', 'application_id'],
  },
  4: {
    sync_log: ['seq', 'op_id', 'author_id', 'at', 'application_id', 'everyone', 'verifier_id', 'former_verifier_id', 'changes'],
    sync_receipts: ['op_id', 'user_id', 'fingerprint', 'answer', 'received_at'],
    audit_events: ['application_id', 'seq', 'event', 'hash'],
  },
  5: { calendar: ['id', 'document', 'version', 'seq', 'updated_by'] },
};

async function columnsOf(db: Db): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.table_name, [...(map.get(r.table_name) ?? []), r.column_name]);
  return map;
}

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`migrations on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    afterAll(() => target.dispose());

    it('has an expectation for every migration', () => {
      expect(Object.keys(expectedTables).map(Number)).toEqual(migrations.map((m) => m.id));
    });

    for (const m of migrations) {
      it(`migration ${m.id} (${m.name}) applies on an empty database and creates its tables`, async () => {
        const db = await target.open();
        try {
          expect(await migrate(db, migrations.slice(0, m.id))).toEqual(migrations.slice(0, m.id).map((x) => x.id));
          const columns = await columnsOf(db);
          const expected = { ...Object.assign({}, ...migrations.slice(0, m.id).map((x) => expectedTables[x.id])) } as Record<string, string[]>;
          for (const [table, cols] of Object.entries(expected)) expect(columns.get(table), table).toEqual(cols);
          expect([...columns.keys()].sort()).toEqual([...Object.keys(expected), 'schema_migrations'].sort());
          const sequences = await db.query<{ sequence_name: string }>(`SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'`);
          expect(sequences.rows.map((r) => r.sequence_name)).toEqual(m.id >= 4 ? ['sync_seq'] : []);
        } finally {
          await db.close();
        }
      });
    }

    it('applies only what is pending, in order, and nothing the second time', async () => {
      const db = await target.open();
      try {
        expect(await migrate(db, migrations.slice(0, 1))).toEqual([1]);
        expect(await migrate(db)).toEqual(migrations.slice(1).map((m) => m.id));
        expect(await migrate(db)).toEqual([]);
        const { rows } = await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
        expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
      } finally {
        await db.close();
      }
    });

    it('refuses a database whose applied migration was edited, or that is newer than the code', async () => {
      const db = await target.open();
      try {
        await migrate(db);
        const edited: Migration[] = migrations.map((m) => (m.id === 1 ? { ...m, statements: [...m.statements, 'SELECT 1'] } : m));
        await expect(migrate(db, edited)).rejects.toThrow(/changed after it was applied/);
        await expect(migrate(db, migrations.slice(0, 1))).rejects.toThrow(MigrationError);
      } finally {
        await db.close();
      }
    });

    it('rolls back every pending migration when one fails', async () => {
      const db = await target.open();
      try {
        const broken: Migration = { id: migrations.length + 1, name: 'broken', statements: ['CREATE TABLE extra (x int)', 'SELECT no_such_column FROM extra'] };
        await expect(migrate(db, [...migrations, broken])).rejects.toThrow();
        const columns = await columnsOf(db);
        expect([...columns.keys()]).toEqual([]);
      } finally {
        await db.close();
      }
    });

    it('enforces the users table constraints', async () => {
      const db = await target.open();
      try {
        await migrate(db);
        const insert = (username: string, role: string) =>
          db.query(
            `INSERT INTO users (username, display_name, role, password_hash, created_at, password_changed_at)
             VALUES ($1, 'X', $2, 'h', now(), now())`,
            [username, role],
          );
        await insert('siti.rahma', 'verifier');
        await expect(insert('siti.rahma', 'verifier')).rejects.toMatchObject({ code: '23505' });
        await expect(insert('Bad Name', 'verifier')).rejects.toMatchObject({ code: '23514' });
        await expect(insert('andi', 'root')).rejects.toMatchObject({ code: '23514' });
      } finally {
        await db.close();
      }
    });
  });
}
