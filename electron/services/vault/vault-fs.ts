// The vault's only door to the file system. It exists so a test can make a write fail the way a
// full disk does (ENOSPC after part of a file is written), which cannot be produced cheaply for
// real; everything else in the tests runs against the real file system through `nodeVaultFs`.
import { constants, promises as fsp } from 'node:fs';

export interface VaultWriteHandle {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes the file's data to the disk (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface VaultStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

export interface VaultFs {
  /** Creates the directory and its parents with owner-only access; true when it was created. */
  mkdirp(path: string): Promise<boolean>;
  /** Creates a new file, failing if it exists; owner-only access. */
  createExclusive(path: string): Promise<VaultWriteHandle>;
  rename(from: string, to: string): Promise<void>;
  /** Sets a file's modification time to now. */
  touch(path: string): Promise<void>;
  /** Makes a directory's entries (a rename into it) durable. */
  syncDir(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  /** Does not follow symbolic links. Resolves undefined when the path does not exist. */
  lstat(path: string): Promise<VaultStat | undefined>;
  readdir(path: string): Promise<string[]>;
  /** Resolves even when the file is already gone. */
  unlink(path: string): Promise<void>;
  /** Removes an empty directory; resolves false when it is not empty or gone. */
  rmdirIfEmpty(path: string): Promise<boolean>;
}

const errno = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

// Windows cannot open a directory for fsync; NTFS makes the rename durable with the file's
// metadata, so there is nothing more to do there.
const dirSyncUnsupported = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF']);
// Not defined on Windows, whatever the typings say.
const noFollow = 'O_NOFOLLOW' in constants ? constants.O_NOFOLLOW : 0;

export const nodeVaultFs: VaultFs = {
  async mkdirp(path) {
    const first = await fsp.mkdir(path, { recursive: true, mode: 0o700 });
    return first !== undefined;
  },
  async createExclusive(path) {
    // O_NOFOLLOW: a planted symlink at the temporary name must not redirect the write.
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow;
    const handle = await fsp.open(path, flags, 0o600);
    return {
      write: async (chunk) => {
        let offset = 0;
        while (offset < chunk.byteLength) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  async touch(path) {
    const now = new Date();
    await fsp.utimes(path, now, now);
  },
  async syncDir(path) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch (e) {
      const code = errno(e);
      if (!(process.platform === 'win32' && code !== undefined && dirSyncUnsupported.has(code))) throw e;
    } finally {
      await handle?.close();
    }
  },
  readFile: (path) => fsp.readFile(path),
  async lstat(path) {
    try {
      const s = await fsp.lstat(path);
      return { size: s.size, mtimeMs: s.mtimeMs, isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch (e) {
      if (errno(e) === 'ENOENT') return undefined;
      throw e;
    }
  },
  readdir: (path) => fsp.readdir(path),
  async unlink(path) {
    try {
      await fsp.unlink(path);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw e;
    }
  },
  async rmdirIfEmpty(path) {
    try {
      await fsp.rmdir(path);
      return true;
    } catch (e) {
      const code = errno(e);
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT') return false;
      throw e;
    }
  },
};
