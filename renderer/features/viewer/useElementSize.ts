// The content-box size of an element (inside its padding and scrollbars), following it as the
// window or the panels around it change.
import { useEffect, useState } from 'react';
import type { Size } from './rotation';

export function useElementSize(element: HTMLElement | null): Size | undefined {
  const [size, setSize] = useState<Size>();

  useEffect(() => {
    if (element === null) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry === undefined) return;
      const { width, height } = entry.contentRect;
      setSize((previous) => (previous?.width === width && previous.height === height ? previous : { width, height }));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);

  return size;
}
