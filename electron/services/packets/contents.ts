// What a packet source (a .zip or a folder) yields once read: its files with their bytes, the
// system clutter that was skipped, and the checks every source shares (names that collide).
import type { VerifiedBytes } from '../vault/verified';
import { collisionKey } from './entry-names';
import { quote, type PacketProblem } from './problems';

export interface PacketFile {
  /** Path inside the packet, '/'-separated, as written in the archive or folder. */
  readonly name: string;
  /** The bytes, with the SHA-256 the source computed while reading them (once per import). */
  readonly verified: VerifiedBytes;
}

export interface PacketContents {
  readonly files: readonly PacketFile[];
  /** Names skipped as operating-system clutter (.DS_Store, __MACOSX/…). */
  readonly ignored: readonly string[];
}

export type ImportPhase = 'reading' | 'checking' | 'storing';

export interface ImportProgress {
  readonly phase: ImportPhase;
  readonly done: number;
  readonly total: number;
  readonly fileName?: string;
}

export type ProgressReporter = (progress: ImportProgress) => void;

/** Told about each file as soon as it is read (and hashed), before the packet is checked. */
export type FileRead = (file: PacketFile) => void;

/** Same name twice, or two names one file system would merge (case, Unicode normalisation). */
export function nameClashes(names: readonly string[]): PacketProblem[] {
  const problems: PacketProblem[] = [];
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  for (const name of names) {
    if (exact.has(name)) {
      problems.push({ code: 'packet_duplicate_entry', fileName: name, message: `Berkas ${quote(name)} muncul lebih dari sekali di dalam paket.` });
      continue;
    }
    exact.add(name);
    const key = collisionKey(name);
    const earlier = folded.get(key);
    if (earlier !== undefined) {
      problems.push({
        code: 'packet_name_collision',
        fileName: name,
        message: `Berkas ${quote(name)} dan ${quote(earlier)} hanya berbeda huruf besar/kecil atau bentuk Unicode; di Windows dan macOS keduanya menjadi satu berkas.`,
      });
    }
    folded.set(key, name);
  }
  return problems;
}

/**
 * Archives made by "compress this folder" put everything under one top folder. When the root has
 * no manifest.json but a single top folder does, read the packet from inside that folder.
 */
export function unwrapSingleFolder(contents: PacketContents): PacketContents {
  if (contents.files.some((f) => f.name === 'manifest.json')) return contents;
  const tops = new Set(contents.files.map((f) => f.name.split('/')[0]));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || !contents.files.some((f) => f.name === `${top}/manifest.json`)) return contents;
  const prefix = `${top}/`;
  return {
    files: contents.files.map((f) => ({ ...f, name: f.name.slice(prefix.length) })),
    ignored: contents.ignored,
  };
}
