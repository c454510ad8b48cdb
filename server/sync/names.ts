// Display names from the users table for what the server sends (common/sync/names.ts): only
// the users a page or an answer names, one query, and none when it names nobody.
import type { NameOf } from '../../common/sync';
import { json, type Queryable } from '../storage/db';

export async function namesOf(db: Queryable, userIds: readonly string[]): Promise<NameOf> {
  if (userIds.length === 0) return () => undefined;
  const { rows } = await db.query<{ id: number; display_name: string }>(
    'SELECT id, display_name FROM users WHERE id IN (SELECT (jsonb_array_elements_text($1::jsonb))::bigint)',
    [json(userIds)],
  );
  const names = new Map(rows.map((r) => [String(r.id), r.display_name]));
  return (id) => names.get(id);
}
