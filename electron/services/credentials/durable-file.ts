// Small files that must survive a power cut whole or not at all (the session, the journal when
// compacted, the file key): written to a temporary file beside the target, fsynced, renamed over
// it, and the folder fsynced so the rename itself is on disk. Owner-only access throughout.
import { constants, promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';

const errno = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

// Windows cannot open a folder for fsync; NTFS makes the rename durable with the file's metadata.
const dirSyncUnsupported = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF']);
const noFollow = 'O_NOFOLLOW' in constants ? constants.O_NOFOLLOW : 0;

export async function syncDir(path: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(path, 'r');
    await handle.sync();
  } catch (e) {
    if (!dirSyncUnsupported.has(errno(e) ?? '')) throw e;
  } finally {
    await handle?.close();
  }
}

/** Creates the folder (and parents) with owner-only access. */
export async function ensureDir(path: string): Promise<void> {
  await fsp.mkdir(path, { recursive: true, mode: 0o700 });
}

/** Replaces `path` with `bytes` atomically and durably, readable only by the owner. */
export async function writeFileDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await ensureDir(dir);
  const tmp = join(dir, `.${randomUUID()}.tmp`);
  const handle = await fsp.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fsp.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await fsp.rename(tmp, path);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

/** The file's bytes, or undefined when it does not exist. */
export async function readFileIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await fsp.readFile(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return undefined;
    throw e;
  }
}

export async function removeFileDurably(path: string): Promise<void> {
  await fsp.rm(path, { force: true });
  await syncDir(dirname(path)).catch((e: unknown) => {
    if (errno(e) !== 'ENOENT') throw e;
  });
}
