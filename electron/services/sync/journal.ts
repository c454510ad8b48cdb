// The durable journal of operations the server has not answered yet, kept by main so that a
// lost or reset IndexedDB loses nothing: the renderer hands every new operation here (also while
// offline), and on start asks for those it no longer has.
//
// On disk: JSON lines, appended and fsynced before the call that appended them returns.
//   {"k":"op","entry":{…}}        an operation, journaled once per id
//   {"k":"settle","ids":[…]}      operations answered for good (or dropped by the person)
// A crash can tear only the last line (appends go to the end); a torn or unreadable line is
// skipped on load and the file is rewritten without it. When settled lines outnumber the live
// ones the file is rewritten atomically with only the live operations, so it stays small.
import { constants, promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { journalEntrySchema, type JournalEntry } from '../../../common/contract/sync';
import { operationIdSchema } from '../../../common/sync/ids';
import { ensureDir, readFileIfPresent, syncDir, writeFileDurably } from '../credentials/durable-file';

const recordSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('op'), entry: journalEntrySchema }),
  z.object({ k: z.literal('settle'), ids: z.array(operationIdSchema) }),
]);
type JournalRecord = z.infer<typeof recordSchema>;

/** Rewrite once this many settled lines have piled up and they outnumber the live operations. */
export const COMPACT_AFTER = 256;

const line = (record: JournalRecord): string => `${JSON.stringify(record)}\n`;

export interface JournalLoad {
  /** Lines that could not be read (a torn last line after a crash, or damage). */
  readonly damagedLines: number;
}

export class Journal {
  readonly #live = new Map<string, JournalEntry>();
  #settledLines = 0;
  /** An append failed part-way: the file may end in a torn line, so rewrite before appending. */
  #needsRewrite = false;
  #tail: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly compactAfter: number,
  ) {}

  /** Reads the journal (an absent file is an empty journal); a damaged file is repaired at once. */
  static async open(path: string, options: { compactAfter?: number } = {}): Promise<{ journal: Journal; load: JournalLoad }> {
    const journal = new Journal(path, options.compactAfter ?? COMPACT_AFTER);
    const text = (await readFileIfPresent(path))?.toString('utf8') ?? '';
    const lines = text.split('\n');
    // After the last newline there is either nothing or a line torn by a crash.
    const torn = lines.pop() ?? '';
    let damagedLines = torn === '' ? 0 : 1;
    for (const raw of lines) {
      const record = parseRecord(raw);
      if (record === undefined) damagedLines += 1;
      else journal.#apply(record);
    }
    if (damagedLines > 0) await journal.#rewrite();
    return { journal, load: { damagedLines } };
  }

  /** Operations not answered yet, in the order they were journaled. */
  entries(): JournalEntry[] {
    return [...this.#live.values()];
  }

  get pending(): number {
    return this.#live.size;
  }

  has(opId: string): boolean {
    return this.#live.has(opId);
  }

  get(opId: string): JournalEntry | undefined {
    return this.#live.get(opId);
  }

  /** Journals the operations not journaled yet (by id), durably; answers how many were new. */
  append(entries: readonly JournalEntry[]): Promise<number> {
    return this.#serial(async () => {
      const fresh = new Map<string, JournalEntry>();
      for (const entry of entries) if (!this.#live.has(entry.operation.id) && !fresh.has(entry.operation.id)) fresh.set(entry.operation.id, entry);
      if (fresh.size === 0) return 0;
      await this.#appendLines([...fresh.values()].map((entry) => line({ k: 'op', entry })).join(''));
      for (const [id, entry] of fresh) this.#live.set(id, entry);
      return fresh.size;
    });
  }

  /** Forgets operations answered for good; answers how many were still journaled. */
  settle(opIds: readonly string[]): Promise<number> {
    return this.#serial(async () => {
      const known = [...new Set(opIds)].filter((id) => this.#live.has(id));
      if (known.length === 0) return 0;
      await this.#appendLines(line({ k: 'settle', ids: known }));
      for (const id of known) this.#live.delete(id);
      this.#settledLines += 1;
      if (this.#settledLines >= this.compactAfter && this.#settledLines > this.#live.size) await this.#rewrite();
      return known.length;
    });
  }

  #apply(record: JournalRecord): void {
    if (record.k === 'op') {
      if (!this.#live.has(record.entry.operation.id)) this.#live.set(record.entry.operation.id, record.entry);
      return;
    }
    for (const id of record.ids) this.#live.delete(id);
    this.#settledLines += 1;
  }

  async #appendLines(text: string): Promise<void> {
    if (this.#needsRewrite) await this.#rewrite();
    try {
      await this.#appendRaw(text);
    } catch (e) {
      this.#needsRewrite = true;
      throw e;
    }
  }

  async #appendRaw(text: string): Promise<void> {
    await ensureDir(dirname(this.path));
    const handle = await fsp.open(this.path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600);
    let created = false;
    try {
      created = (await handle.stat()).size === 0;
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's name must be on disk too, or a power cut could lose the whole journal.
    if (created) await syncDir(dirname(this.path));
  }

  async #rewrite(): Promise<void> {
    await writeFileDurably(this.path, [...this.#live.values()].map((entry) => line({ k: 'op', entry })).join(''));
    this.#settledLines = 0;
    this.#needsRewrite = false;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}

function parseRecord(raw: string): JournalRecord | undefined {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
