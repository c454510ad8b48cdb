// Input from a screen is checked before anything is written: bad input changes nothing and says
// what is wrong, in Indonesian, naming the field.
import type { z } from 'zod';
import { DbFailure } from './errors';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new DbFailure('invalid_input', `Data tidak valid${where}: ${issue?.message ?? 'isian tidak dikenali'}`);
}
