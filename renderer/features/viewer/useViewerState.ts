// The viewer's reducer wired to the component's props: `initialPage` opens the document there and,
// when it changes later (an evidence link to page 5 clicked in the checklist), moves there;
// `onPageChange` hears every page the viewer settles on, including a clamped initial page.
import { useEffect, useReducer, useRef, type Dispatch } from 'react';
import { initialViewerState, viewerReducer, type ViewerAction, type ViewerState } from './viewer-state';

export function useViewerState(
  pageCount: number,
  initialPage: number | undefined,
  onPageChange: ((page: number) => void) | undefined,
): readonly [ViewerState, Dispatch<ViewerAction>] {
  const [state, dispatch] = useReducer(viewerReducer, undefined, () => initialViewerState(pageCount, initialPage));

  const appliedInitialPage = useRef(initialPage);
  useEffect(() => {
    if (initialPage === undefined || initialPage === appliedInitialPage.current) return;
    appliedInitialPage.current = initialPage;
    dispatch({ type: 'go-to-page', page: initialPage });
  }, [initialPage]);

  const reportedPage = useRef(initialPage ?? 1);
  const onPageChangeRef = useRef(onPageChange);
  useEffect(() => {
    onPageChangeRef.current = onPageChange;
  });
  useEffect(() => {
    if (state.page === reportedPage.current) return;
    reportedPage.current = state.page;
    onPageChangeRef.current?.(state.page);
  }, [state.page]);

  return [state, dispatch] as const;
}
