import { mkdtemp, readFile, rm, appendFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../common/contract/sync';
import { Journal } from './journal';

const clientId = '00000000-0000-4000-8000-000000000011';
const opId = (n: number) => `20000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const entry = (n: number): JournalEntry => ({
  operation: { id: opId(n), type: 'audit.note', applicationId: 'app-1', action: 'document.open', recordType: 'document', recordId: `d${String(n)}` },
  clientId,
  createdBy: '1',
  journaledAt: '2026-03-30T02:00:00.000Z',
});
const ids = (j: Journal) => j.entries().map((e) => e.operation.id);

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verikop-journal-'));
  path = join(dir, 'sync', 'journal.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('journal', () => {
  it('keeps appended operations across a reopen, in order, until settled', async () => {
    const { journal } = await Journal.open(path);
    expect(await journal.append([entry(1), entry(2), entry(3)])).toBe(3);
    expect(await journal.settle([opId(2)])).toBe(1);
    const { journal: again, load } = await Journal.open(path);
    expect(load.damagedLines).toBe(0);
    expect(ids(again)).toEqual([opId(1), opId(3)]);
    expect(again.get(opId(1))).toEqual(entry(1));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('journals an id once, whatever is appended again, and settles only what it holds', async () => {
    const { journal } = await Journal.open(path);
    await journal.append([entry(1)]);
    expect(await journal.append([entry(1), entry(1), entry(2)])).toBe(1);
    expect(await journal.settle([opId(9)])).toBe(0);
    expect(await journal.settle([opId(1), opId(1)])).toBe(1);
    expect(journal.pending).toBe(1);
    const text = await readFile(path, 'utf8');
    expect(text.split('\n').filter((l) => l.includes('"k":"op"'))).toHaveLength(2);
  });

  it('skips a line torn by a crash and repairs the file, keeping everything before it', async () => {
    const { journal } = await Journal.open(path);
    await journal.append([entry(1), entry(2)]);
    await appendFile(path, '{"k":"op","entry":{"operation":{"id":"2000');
    const { journal: again, load } = await Journal.open(path);
    expect(load.damagedLines).toBe(1);
    expect(ids(again)).toEqual([opId(1), opId(2)]);
    await again.append([entry(3)]);
    const { journal: third, load: clean } = await Journal.open(path);
    expect(clean.damagedLines).toBe(0);
    expect(ids(third)).toEqual([opId(1), opId(2), opId(3)]);
  });

  it('skips a damaged line in the middle and keeps the rest', async () => {
    const { journal } = await Journal.open(path);
    await journal.append([entry(1)]);
    await appendFile(path, 'not json at all\n{"k":"op","entry":{"operation":{"id":"not-a-uuid"}}}\n');
    await journal.append([entry(2)]);
    const { journal: again, load } = await Journal.open(path);
    expect(load.damagedLines).toBe(2);
    expect(ids(again)).toEqual([opId(1), opId(2)]);
  });

  it('compacts once settled lines pile up, leaving only live operations', async () => {
    const { journal } = await Journal.open(path, { compactAfter: 16 });
    for (let n = 1; n <= 40; n += 1) {
      await journal.append([entry(n)]);
      if (n !== 10) await journal.settle([opId(n)]);
    }
    const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
    // The 16th settle (n = 17, as 10 is never settled) rewrote the file to the one live op, and
    // so did the 32nd (n = 33); n = 34…40 then appended 7 op lines and 7 settle lines.
    expect(lines.length).toBe(1 + 2 * 7);
    const { journal: again } = await Journal.open(path);
    expect(ids(again)).toEqual([opId(10)]);
  });

  it('serialises concurrent appends and settles without losing any', async () => {
    const { journal } = await Journal.open(path);
    await Promise.all(Array.from({ length: 40 }, (_, i) => journal.append([entry(i + 1)])));
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.settle([opId(2 * i + 1)])));
    const { journal: again } = await Journal.open(path);
    expect(ids(again).sort()).toEqual(Array.from({ length: 20 }, (_, i) => opId(2 * i + 2)).sort());
  });
});
