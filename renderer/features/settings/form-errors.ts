// A schema's complaints about a form, by field: the first message for each field, so every field
// says what is wrong with it next to where it is typed.
import type { z } from 'zod';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function fieldErrors<K extends string>(error: z.ZodError | undefined, fields: readonly K[]): FieldErrors<K> {
  const out: FieldErrors<K> = {};
  for (const issue of error?.issues ?? []) {
    const head = String(issue.path[0] ?? '');
    const field = fields.find((f) => f === head);
    if (field !== undefined && out[field] === undefined) out[field] = issue.message;
  }
  return out;
}
