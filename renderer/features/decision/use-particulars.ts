// The letter particulars as form state, written back to this device's storage as they change.
import { useState } from 'react';
import { windowStorage } from '../findings';
import { loadLetterNumbers, loadLetterSettings, saveLetterNumbers, saveLetterSettings, type LetterNumbers, type LetterSettings } from './particulars';

export interface Particulars {
  readonly settings: LetterSettings;
  readonly numbers: LetterNumbers;
  readonly setSettings: (next: LetterSettings) => void;
  readonly setNumbers: (next: LetterNumbers) => void;
}

export function useParticulars(applicationId: string): Particulars {
  const [settings, setSettings] = useState(() => loadLetterSettings(windowStorage()));
  const [numbers, setNumbers] = useState(() => loadLetterNumbers(windowStorage(), applicationId));
  return {
    settings,
    numbers,
    setSettings: (next) => {
      setSettings(next);
      saveLetterSettings(windowStorage(), next);
    },
    setNumbers: (next) => {
      setNumbers(next);
      saveLetterNumbers(windowStorage(), applicationId, next);
    },
  };
}
