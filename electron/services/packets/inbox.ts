// The inbox: a folder (by default `<dataDir>/inbox`) where packets are dropped for hosts without
// a file dialog (the web host). The renderer may only name one of its direct entries; the name
// is checked to be a plain name and to denote, right now, a .zip file or a folder that is not a
// symbolic link — so no input from the renderer can make main read outside this folder.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { InboxEntry } from '../../../common/contract/packets';
import { checkEntryName } from './entry-names';
import { quote, refuse } from './problems';

const isZipName = (name: string): boolean => name.toLowerCase().endsWith('.zip');

function isPlainName(name: string): boolean {
  return checkEntryName(name).ok && !name.includes('/') && !name.startsWith('.');
}

async function entryOf(dir: string, name: string): Promise<InboxEntry | undefined> {
  if (!isPlainName(name)) return undefined;
  const stat = await fsp.lstat(join(dir, name)).catch(() => undefined);
  if (stat === undefined || stat.isSymbolicLink()) return undefined;
  const modifiedAt = stat.mtime.toISOString();
  if (stat.isDirectory()) return { name, kind: 'folder', modifiedAt };
  if (stat.isFile() && isZipName(name)) return { name, kind: 'zip', size: stat.size, modifiedAt };
  return undefined;
}

/** The packets waiting in the inbox, by name; creates the folder on first use. */
export async function listInbox(dir: string): Promise<InboxEntry[]> {
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const names = (await fsp.readdir(dir)).sort((a, b) => a.localeCompare(b, 'id'));
  const entries: InboxEntry[] = [];
  for (const name of names) {
    const entry = await entryOf(dir, name);
    if (entry !== undefined) entries.push(entry);
  }
  return entries;
}

/** The path of the inbox entry called `name`, or a `packet_inbox_unknown` refusal. */
export async function resolveInboxEntry(dir: string, name: string): Promise<string> {
  const entry = await entryOf(dir, name);
  if (entry === undefined) {
    throw refuse('packet_inbox_unknown', `Tidak ada paket bernama ${quote(name)} di folder kotak masuk ${quote(dir)}.`);
  }
  return join(dir, entry.name);
}
