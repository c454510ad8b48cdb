// The work shown in the status area, as main reports it: a running task with its spinner, a
// finished one briefly without (so the person sees it ended), and one that stopped without
// finishing — the device went offline, the engine gave up on it, or main fell silent — said so
// briefly too. Nothing stays on the app bar as if it still ran. Vanilla zustand with plain timers,
// so the rules are tested with fake timers and no React.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n';
import type { TaskKind, TaskProgress } from './progress';

const text = t.status.progress;

export type TaskState = 'running' | 'done' | 'stopped';

export interface ShownTask extends TaskProgress {
  readonly state: TaskState;
}

export interface TaskTimes {
  /** How long a finished or stopped task stays visible. */
  readonly lingerMs: number;
  /** A running task that reports nothing for this long has ended without saying so. */
  readonly staleMs: number;
}

export const defaultTaskTimes: TaskTimes = { lingerMs: 4_000, staleMs: 15_000 };

export interface TaskBoard {
  readonly store: StoreApi<Partial<Record<TaskKind, ShownTask>>>;
  /** A progress report from main: replaces whatever the same kind showed. */
  readonly report: (task: TaskProgress) => void;
  /** The running task of this kind will report no more (offline, the engine left the phase). */
  readonly stop: (kind: TaskKind, offline: boolean) => void;
  readonly dispose: () => void;
}

const order: readonly TaskKind[] = ['import', 'documents', 'sync'];

/** The shown tasks, in a fixed order. */
export const shownTasks = (tasks: Partial<Record<TaskKind, ShownTask>>): ShownTask[] =>
  order.flatMap((k) => (tasks[k] === undefined ? [] : [tasks[k]]));

export function createTaskBoard(times: TaskTimes = defaultTaskTimes): TaskBoard {
  const store = createStore<Partial<Record<TaskKind, ShownTask>>>(() => ({}));
  const timers = new Map<TaskKind, ReturnType<typeof setTimeout>>();
  const remove = (kind: TaskKind): void => {
    timers.delete(kind);
    store.setState((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== kind)), true);
  };
  const show = (task: ShownTask, after: number, then: () => void): void => {
    clearTimeout(timers.get(task.kind));
    store.setState({ [task.kind]: task });
    timers.set(task.kind, setTimeout(then, after));
  };
  const stop = (kind: TaskKind, offline: boolean): void => {
    const task = store.getState()[kind];
    if (task?.state !== 'running') return;
    const stopped: ShownTask = { ...task, state: 'stopped', label: text.stopped(task.what, offline), short: text.shortStopped(task.word) };
    show(stopped, times.lingerMs, () => { remove(kind); });
  };
  return {
    store,
    report: (task) => {
      if (task.finished) show({ ...task, fraction: 1, short: text.shortDone(task.word), state: 'done' }, times.lingerMs, () => { remove(task.kind); });
      // Silence from main means the task ended without saying so (e.g. a failed import).
      else show({ ...task, state: 'running' }, times.staleMs, () => { stop(task.kind, false); });
    },
    stop,
    dispose: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
