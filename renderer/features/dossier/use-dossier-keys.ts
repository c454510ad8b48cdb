// Listens for the dossier's keyboard paths (keys.ts) anywhere in the window. Keys another part
// of the page already handled — the viewer turning its own pages, a menu's type-ahead — are left
// alone.
import { useEffect, useRef } from 'react';
import { dossierKeyAction, isTextEntry, type DossierKeyAction } from './keys';

export function useDossierKeys(onAction: (action: DossierKeyAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="listbox"], [role="menu"], [role="dialog"]')) return;
      const action = dossierKeyAction({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        inTextEntry: isTextEntry(event.target),
      });
      if (action === undefined) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', listener);
    return () => {
      window.removeEventListener('keydown', listener);
    };
  }, []);
}
