// The dossier's keyboard paths, as a pure mapping from a key press to what it does:
//   J / Alt+↓   next requirement          K / Alt+↑   previous requirement
//   1, 2, 3     status of the requirement (sesuai, tidak sesuai, tidak berlaku)
//   PageDown / PageUp   next / previous page of the document in the viewer
// Letters and digits are left to text fields while one has focus; Alt+arrows work everywhere.

export type DossierKeyAction =
  | { readonly type: 'requirement'; readonly step: 1 | -1 }
  | { readonly type: 'status'; readonly index: number }
  | { readonly type: 'page'; readonly step: 1 | -1 };

export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  /** Focus is in a field that takes typed text. */
  readonly inTextEntry: boolean;
}

export function dossierKeyAction(press: KeyPress): DossierKeyAction | undefined {
  if (press.ctrlKey || press.metaKey) return undefined;
  if (press.altKey) {
    if (press.key === 'ArrowDown') return { type: 'requirement', step: 1 };
    if (press.key === 'ArrowUp') return { type: 'requirement', step: -1 };
    return undefined;
  }
  if (press.inTextEntry || press.shiftKey) return undefined;
  switch (press.key) {
    case 'j':
    case 'J':
      return { type: 'requirement', step: 1 };
    case 'k':
    case 'K':
      return { type: 'requirement', step: -1 };
    case '1':
    case '2':
    case '3':
      return { type: 'status', index: Number(press.key) - 1 };
    case 'PageDown':
      return { type: 'page', step: 1 };
    case 'PageUp':
      return { type: 'page', step: -1 };
    default:
      return undefined;
  }
}

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date']);

/** Whether keys typed at this element are text (a text box, a select, an editable region). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}
