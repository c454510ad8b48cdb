// The virtualised list: only the rows in view (and a few around them) exist in the page, so ten
// thousand files scroll as smoothly as ten. Arrow keys move between rows, Home/End jump.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CalendarDate, WorkingDayCalendar } from '../../../common/domain';
import { t } from '../../i18n';
import { InboxRowItem, ROW_HEIGHT } from './InboxRowItem';
import type { InboxPages } from './use-inbox-pages';

const text = t.workspace.inbox;

interface ListProps {
  readonly pages: InboxPages;
  readonly total: number;
  readonly calendar: WorkingDayCalendar;
  readonly today: CalendarDate;
}

const moveFor = (key: string, index: number, total: number): number | undefined => {
  if (key === 'ArrowDown') return Math.min(total - 1, index + 1);
  if (key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return total - 1;
  return undefined;
};

export function InboxList({ pages, total, calendar, today }: ListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;

  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [ensure, first, last, total]);

  const focusRow = (index: number): void => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may only exist after the scroll has rendered it.
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-index="${String(index)}"] a`)?.focus();
    });
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    const target = moveFor(event.key, index, total);
    if (target === undefined) return;
    event.preventDefault();
    focusRow(target);
  };

  return (
    <Box ref={scroller} sx={{ maxHeight: 'calc(100vh - 330px)', minHeight: ROW_HEIGHT, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Box role="list" aria-label={text.listLabel} sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          return (
            <Box
              key={item.key}
              role="listitem"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              data-index={item.index}
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${String(item.start)}px)` }}
            >
              {row === undefined ? (
                <Typography color="text.secondary" sx={{ px: 2, lineHeight: `${String(ROW_HEIGHT)}px` }}>
                  {text.loadingRow}
                </Typography>
              ) : (
                <InboxRowItem row={row} calendar={calendar} today={today} onKeyDown={onKeyDown(item.index)} />
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
