// A folder of files named by the renderer (the packet, certificate and photo inboxes of the web
// host, which has no file dialog). The renderer may only name one of the folder's direct entries:
// a plain name with an accepted extension that appears in the listing as it is. Reading stops one
// byte past the limit, so a file that grows after its size was checked is refused, not read whole.
import type { Stats } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Failure } from '../../../common/contract';

/** One path segment, no hidden files, no control characters, and an accepted extension. */
export function isPlainName(name: string, accepted: RegExp): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('.')) return false;
  if (name.includes('/') || name.includes('\\')) return false;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return accepted.test(name);
}

export class NamedFileFolder {
  /** `folderFailure` is thrown when the folder cannot be created or read. */
  constructor(
    readonly dir: string,
    private readonly accepted: RegExp,
    private readonly folderFailure: () => Failure,
  ) {}

  /** The plain names in the folder, sorted for people; creates the folder on first use. */
  async names(): Promise<string[]> {
    try {
      await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
      return (await fsp.readdir(this.dir)).filter((n) => isPlainName(n, this.accepted)).sort((a, b) => a.localeCompare(b, 'id'));
    } catch {
      throw this.folderFailure();
    }
  }

  /** The regular files among `names()` (links and folders left out), with their stat. */
  async files(): Promise<{ readonly name: string; readonly stat: Stats }[]> {
    const files: { name: string; stat: Stats }[] = [];
    for (const name of await this.names()) {
      const stat = await fsp.lstat(join(this.dir, name)).catch(() => undefined);
      if (stat?.isFile() === true) files.push({ name, stat });
    }
    return files;
  }
}

/** Reads the open file to its end, but throws `tooLarge()` as soon as it passes `limit` bytes. */
export async function readAtMost(handle: fsp.FileHandle, limit: number, tooLarge: () => Failure): Promise<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(limit + 1, 1024 * 1024));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) throw tooLarge();
    chunks.push(Uint8Array.from(buffer.subarray(0, bytesRead)));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
