// The letter particulars as form state, kept in the settings database as they change: the
// office-wide part once for every file, the numbers per file. A number can be typed, or taken
// from the pattern configured in the settings (the next of the verification's year). What an
// earlier version kept in localStorage is carried over the first time.
import { useCallback, useEffect, useState } from 'react';
import type { LetterNumberPattern } from '../../../common/domain';
import { getFileLetterNumbers, getLetterParticulars, issueLetterNumber, saveLetterParticulars, setFileLetterNumber, type LetterKind } from '../../db/letters';
import { getLetterNumberPattern, settingsDb, type SettingsDb } from '../../db/settings';
import { describeSaveError, windowStorage } from '../findings';
import { defaultLetterSettings, forgetLegacy, legacyLetterNumbers, legacyLetterSettings, type LetterNumbers, type LetterSettings } from './particulars';

export interface Particulars {
  readonly loaded: boolean;
  readonly settings: LetterSettings;
  readonly numbers: LetterNumbers;
  /** The configured letter-number pattern; undefined until one is saved in the settings. */
  readonly pattern: LetterNumberPattern | undefined;
  /** Why the last write did not reach the database. */
  readonly error: string | undefined;
  readonly setSettings: (next: LetterSettings) => void;
  readonly setNumbers: (next: LetterNumbers) => void;
  readonly issueNumber: (kind: LetterKind) => Promise<void>;
}

interface Loaded {
  readonly db: SettingsDb;
  readonly settings: LetterSettings;
  readonly numbers: LetterNumbers;
  readonly pattern: LetterNumberPattern | undefined;
}

async function load(applicationId: string): Promise<Loaded> {
  const db = await settingsDb();
  const pattern = await getLetterNumberPattern(db);
  let settings = await getLetterParticulars(db);
  let numbers = await getFileLetterNumbers(db, applicationId);
  const storage = windowStorage();
  const oldSettings = settings === undefined ? legacyLetterSettings(storage) : undefined;
  if (oldSettings !== undefined) {
    await saveLetterParticulars(db, oldSettings);
    settings = oldSettings;
  }
  const oldNumbers = numbers.report === '' && numbers.letter === '' ? legacyLetterNumbers(storage, applicationId) : undefined;
  if (oldNumbers !== undefined) {
    await setFileLetterNumber(db, pattern, applicationId, 'verification_report', oldNumbers.report);
    await setFileLetterNumber(db, pattern, applicationId, 'recommendation_letter', oldNumbers.letter);
    numbers = oldNumbers;
  }
  forgetLegacy(storage, applicationId);
  return { db, settings: settings ?? defaultLetterSettings, numbers, pattern };
}

const field = (kind: LetterKind): keyof LetterNumbers => (kind === 'verification_report' ? 'report' : 'letter');

export function useParticulars(applicationId: string, year: number): Particulars {
  const [loaded, setLoaded] = useState<Loaded>();
  const [settings, setSettingsState] = useState<LetterSettings>(defaultLetterSettings);
  const [numbers, setNumbersState] = useState<LetterNumbers>({ report: '', letter: '' });
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    setLoaded(undefined);
    load(applicationId).then(
      (values) => {
        if (!current) return;
        setLoaded(values);
        setSettingsState(values.settings);
        setNumbersState(values.numbers);
      },
      (e: unknown) => {
        if (current) setError(describeSaveError(e));
      },
    );
    return () => {
      current = false;
    };
  }, [applicationId]);

  const db = loaded?.db;
  const pattern = loaded?.pattern;
  // The form shows what was typed at once; the database follows, and says when it could not.
  const persist = useCallback((write: () => Promise<void>) => {
    write().then(
      () => {
        setError(undefined);
      },
      (e: unknown) => {
        setError(describeSaveError(e));
      },
    );
  }, []);

  const setSettings = useCallback(
    (next: LetterSettings) => {
      setSettingsState(next);
      if (db !== undefined) persist(() => saveLetterParticulars(db, next));
    },
    [db, persist],
  );

  const setNumbers = useCallback(
    (next: LetterNumbers) => {
      setNumbersState((previous) => {
        if (db !== undefined) {
          if (next.report !== previous.report) persist(() => setFileLetterNumber(db, pattern, applicationId, 'verification_report', next.report));
          if (next.letter !== previous.letter) persist(() => setFileLetterNumber(db, pattern, applicationId, 'recommendation_letter', next.letter));
        }
        return next;
      });
    },
    [db, pattern, applicationId, persist],
  );

  const issueNumber = useCallback(
    async (kind: LetterKind) => {
      if (db === undefined || pattern === undefined) return;
      try {
        const text = await issueLetterNumber(db, pattern, applicationId, kind, year);
        setNumbersState((previous) => ({ ...previous, [field(kind)]: text }));
        setError(undefined);
      } catch (e) {
        setError(describeSaveError(e));
      }
    },
    [db, pattern, applicationId, year],
  );

  return { loaded: loaded !== undefined, settings, numbers, pattern, error, setSettings, setNumbers, issueNumber };
}
