// What the person asked the inbox to show. Kept in a store, not in the screen, so that opening a
// dossier and coming back finds the list as it was left.
import { create } from 'zustand';
import type { CalendarDate, WorkflowState, WorkingDayCalendar } from '../../../common/domain';
import type { InboxQuery } from '../../db/inbox';
import { deadlineBeforeFor, type DeadlineFilter } from './clock';

export type InboxSort = NonNullable<InboxQuery['sort']>;

export interface InboxFilters {
  readonly text: string;
  readonly states: readonly WorkflowState[];
  readonly deadline: DeadlineFilter;
  readonly sort: InboxSort;
}

export const noFilters: InboxFilters = { text: '', states: [], deadline: 'all', sort: 'deadline-asc' };

interface InboxFilterStore extends InboxFilters {
  readonly set: (change: Partial<InboxFilters>) => void;
  readonly clear: () => void;
}

export const useInboxFilters = create<InboxFilterStore>((set) => ({
  ...noFilters,
  set: (change) => {
    set(change);
  },
  clear: () => {
    set(noFilters);
  },
}));

export const isFiltered = (f: InboxFilters): boolean => f.text.trim() !== '' || f.states.length > 0 || f.deadline !== 'all';

/** The database query for the list (without its page), for the person's own files. */
export function inboxQuery(
  filters: InboxFilters,
  context: { readonly assignee: string; readonly calendar: WorkingDayCalendar; readonly today: CalendarDate },
): Omit<InboxQuery, 'offset' | 'limit'> {
  const deadlineBefore = deadlineBeforeFor(filters.deadline, context.calendar, context.today);
  const text = filters.text.trim();
  return {
    assignee: context.assignee,
    sort: filters.sort,
    ...(filters.states.length > 0 ? { states: filters.states } : {}),
    ...(deadlineBefore === undefined ? {} : { deadlineBefore }),
    ...(text === '' ? {} : { text }),
  };
}
