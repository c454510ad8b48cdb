// Single-letter shortcuts of the review, in Indonesian mnemonics: T (tandatangani), K
// (kembalikan), D (dokumen berikutnya), N (berkas berikutnya). Never while typing, never with a
// modifier (those belong to the browser and the viewer), never inside a dialog.
import { useEffect, useRef } from 'react';

export type ReviewKeyAction = 'sign' | 'return' | 'nextDocument' | 'nextFile';

const actions: Readonly<Record<string, ReviewKeyAction>> = { t: 'sign', k: 'return', d: 'nextDocument', n: 'nextFile' };

export interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** Where the key was pressed: typing fields and dialogs keep their keys. */
  readonly target: { readonly tagName?: string; readonly isContentEditable?: boolean; readonly closest?: (selector: string) => unknown } | null;
}

export function reviewKeyAction(e: KeyLike): ReviewKeyAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const target = e.target;
  const tag = target?.tagName?.toUpperCase() ?? '';
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable === true) return undefined;
  if (target?.closest?.('[role="dialog"]') != null) return undefined;
  return actions[e.key.toLowerCase()];
}

/** Calls `handlers[action]` for the review's shortcuts while mounted. */
export function useReviewKeys(handlers: Partial<Record<ReviewKeyAction, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = reviewKeyAction({ key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, target: event.target as HTMLElement | null });
      const handler = action === undefined ? undefined : latest.current[action];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
