// The screen's device pixel ratio, which changes with browser zoom and when the window moves to
// another monitor; pages are re-rendered so they stay sharp.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  // A resolution query only reports leaving that resolution, so it is renewed after each change.
  let query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
  const changed = (): void => {
    query.removeEventListener('change', changed);
    query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', changed);
    onChange();
  };
  query.addEventListener('change', changed);
  return () => {
    query.removeEventListener('change', changed);
  };
}

const read = (): number => window.devicePixelRatio;

export const useDevicePixelRatio = (): number => useSyncExternalStore(subscribe, read);
