// This device's settings: the person who works on it (name, NIP, position, role) and how its
// letters are numbered. They are configuration of one laptop, not records of a file: never
// synced, no audit event, no outbox operation. They live in a small database of their own so
// that the record schema's migrations (and its tests) never have to carry them, and so that a
// reset of the records keeps who the person is. Strict durability, like the records: a saved
// profile must survive a power cut as surely as a finding.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { z } from 'zod';
import { letterNumberPatternSchema, nipSchema, type LetterNumberPattern } from '../../common/domain';
import { DbFailure, toDbError } from './errors';
import type { LetterNumberRow, LetterParticulars } from './letters';

export const DEFAULT_SETTINGS_DB_NAME = 'verikop-settings';

/** The roles a person works in on this app; the administrator works on the server. */
export const profileRoles = ['verifier', 'supervisor'] as const;

const text = (empty: string, max: number) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, { error: empty })
    .max(max, { error: `Paling banyak ${String(max)} karakter` });

export const profileSchema = z.object({
  name: text('Nama wajib diisi', 120),
  nip: nipSchema,
  position: text('Jabatan wajib diisi', 200),
  role: z.enum(profileRoles, { error: 'Pilih peran: verifikator atau ketua tim/kepala bidang' }),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** The pattern's fields as a person fills them in (validated by the domain's schema). */
export type LetterNumberSettings = z.input<typeof letterNumberPatternSchema>;

type SettingValues = { readonly profile: Profile; readonly letterNumber: LetterNumberSettings; readonly letterParticulars: LetterParticulars };
export type SettingKey = keyof SettingValues;

export interface SettingRow<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly value: SettingValues[K];
  readonly updatedAt: string;
}

export class SettingsDb extends Dexie {
  declare readonly settings: Table<SettingRow, SettingKey>;
  /** The letter numbers given on this device, one per file and kind of letter (letters.ts). */
  declare readonly letterNumbers: Table<LetterNumberRow, [string, string]>;

  constructor(name: string = DEFAULT_SETTINGS_DB_NAME, options: Omit<DexieOptions, 'chromeTransactionDurability'> = {}) {
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    this.version(1).stores({ settings: 'key' });
    // The outgoing-letter register: looked up per file, and per year for the next sequence.
    this.version(2).stores({ letterNumbers: '[applicationId+kind], year' });
  }
}

async function read(db: SettingsDb, key: SettingKey): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

async function write<K extends SettingKey>(db: SettingsDb, key: K, value: SettingValues[K]): Promise<void> {
  try {
    await db.settings.put({ key, value, updatedAt: new Date().toISOString() });
  } catch (e) {
    // A full disk becomes the same typed failure the records report.
    throw toDbError(e);
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((i) => i.message))];
  throw new DbFailure('invalid_input', `${what} tidak disimpan: ${messages.join('; ')}`);
}

/** The stored profile; undefined before the first run, or when what is stored no longer validates. */
export async function getProfile(db: SettingsDb): Promise<Profile | undefined> {
  const parsed = profileSchema.safeParse(await read(db, 'profile'));
  return parsed.success ? parsed.data : undefined;
}

/** Checks and stores the profile; bad input throws a DbFailure naming every problem and stores nothing. */
export async function saveProfile(db: SettingsDb, input: ProfileInput): Promise<Profile> {
  const profile = parse(profileSchema, input, 'Profil');
  await write(db, 'profile', profile);
  return profile;
}

/** The stored pattern as typed, or undefined when none is stored or it no longer validates. */
export async function getLetterNumberSettings(db: SettingsDb): Promise<LetterNumberSettings | undefined> {
  const stored = (await read(db, 'letterNumber')) as LetterNumberSettings | undefined;
  return stored !== undefined && letterNumberPatternSchema.safeParse(stored).success ? stored : undefined;
}

/** The pattern ready for formatLetterNumber, when one is stored. */
export async function getLetterNumberPattern(db: SettingsDb): Promise<LetterNumberPattern | undefined> {
  const stored = await getLetterNumberSettings(db);
  return stored === undefined ? undefined : letterNumberPatternSchema.parse(stored);
}

/** Stores the pattern only when the domain's schema accepts it. */
export async function saveLetterNumberSettings(db: SettingsDb, input: LetterNumberSettings): Promise<LetterNumberPattern> {
  const pattern = parse(letterNumberPatternSchema, input, 'Pola nomor surat');
  await write(db, 'letterNumber', {
    template: pattern.template,
    sequenceDigits: pattern.sequenceDigits,
    ...(pattern.classification === undefined ? {} : { classification: pattern.classification }),
    ...(pattern.unitCode === undefined ? {} : { unitCode: pattern.unitCode }),
  });
  return pattern;
}

let opening: Promise<SettingsDb> | undefined;

/** The window's settings database, opened on first use; a failed open is forgotten so a retry opens afresh. */
export function settingsDb(): Promise<SettingsDb> {
  opening ??= (async () => {
    const db = new SettingsDb();
    await db.open();
    return db;
  })().catch((e: unknown) => {
    opening = undefined;
    throw e;
  });
  return opening;
}
