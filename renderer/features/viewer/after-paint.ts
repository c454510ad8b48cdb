// Runs work once the browser has painted what is on screen now: the frame's animation callback
// runs before that paint, a task queued from it runs after. For what must not delay the page
// being read (its thumbnails), not for anything the reader waits on.

/** Calls `work` after the next paint; the returned function cancels it if it has not run yet. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
