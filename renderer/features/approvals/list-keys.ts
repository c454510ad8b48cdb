// Arrow keys move between the links of a list (↓ next, ↑ previous, Home/End first/last), so a
// supervisor walks the queue without tabbing through every chip.
import type { KeyboardEvent } from 'react';

export function moveFocusInList(event: KeyboardEvent<HTMLElement>, selector: string): void {
  const keys: Readonly<Record<string, (i: number, n: number) => number>> = {
    ArrowDown: (i, n) => Math.min(n - 1, i + 1),
    ArrowUp: (i) => Math.max(0, i - 1),
    Home: () => 0,
    End: (_i, n) => n - 1,
  };
  const step = keys[event.key];
  const list = event.currentTarget.closest('[data-list]');
  if (step === undefined || list === null || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = [...list.querySelectorAll<HTMLElement>(selector)];
  const index = items.indexOf(event.currentTarget);
  items[step(index, items.length)]?.focus();
  event.preventDefault();
}
