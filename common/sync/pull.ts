// Pull: the entries after a cursor that the viewer may see, in accepted order, a page at a time.
import { z } from 'zod';
import { seqSchema } from './ids';
import { logEntrySchema, type LogEntry } from './change';

export const MAX_PULL_LIMIT = 500;
export const DEFAULT_PULL_LIMIT = 200;

export const pullPageSchema = z.object({
  entries: z.array(logEntrySchema),
  /**
   * Where to continue: the seq of the last entry returned or, when the viewer has seen
   * everything, the newest seq the server had committed (entries the viewer may not see are
   * skipped, so the cursor still moves on).
   */
  cursor: seqSchema,
  /** More entries are waiting: pull again from `cursor` right away. */
  hasMore: z.boolean(),
});
export type PullPage = z.infer<typeof pullPageSchema>;

/**
 * Builds a page from the visible entries after the cursor (at most limit + 1 of them, to know
 * whether more remain) and the newest committed seq.
 */
export function pageOf(visibleAfter: readonly LogEntry[], limit: number, after: number, head: number): PullPage {
  const entries = visibleAfter.slice(0, limit);
  const hasMore = visibleAfter.length > limit;
  const last = entries.at(-1);
  const cursor = hasMore ? (last?.seq ?? after) : Math.max(after, head);
  return { entries, cursor, hasMore };
}
