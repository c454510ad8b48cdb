// Progress of the long-running work main reports by events — a packet import, a PDF being laid
// out, a sync round — turned into one line each for the status area. Pure, so the wording and
// the "finished" rule are tested without a host.
import type { EventPayload, Events } from '../../../common/contract';
import type { EnginePhase } from '../../sync';
import { t } from '../../i18n';

const text = t.status.progress;

export type TaskKind = 'import' | 'documents' | 'sync';

export interface TaskProgress {
  readonly kind: TaskKind;
  /** 0–1 when the total is known; undefined for an indeterminate bar. */
  readonly fraction: number | undefined;
  /** The full sentence: tooltip and aria-label. */
  readonly label: string;
  /** What fits on the app bar chip: a word and the figures. */
  readonly short: string;
  /** The task's name alone, for saying it stopped: in full, and as the chip's word. */
  readonly what: string;
  readonly word: string;
  readonly finished: boolean;
}

const fraction = (done: number, total: number): number | undefined => (total > 0 ? Math.min(1, done / total) : undefined);

export function importProgress(p: EventPayload<Events, 'packets.importProgress'>): TaskProgress {
  return {
    kind: 'import',
    fraction: fraction(p.done, p.total),
    label: text.label(text.importPhase[p.phase], p.done, p.total),
    short: text.short(text.import, p.done, p.total),
    what: text.import,
    word: text.import,
    // Storing is the last phase: when it reports everything done, the import is over.
    finished: p.phase === 'storing' && p.total > 0 && p.done >= p.total,
  };
}

export function documentsProgress(p: EventPayload<Events, 'documents.progress'>): TaskProgress {
  // Steps count from 0, and main reports the last one ("Selesai") when the document is stored:
  // that report is the end, there is no step `steps`.
  const finished = p.step + 1 >= p.steps;
  return {
    kind: 'documents',
    fraction: finished ? 1 : fraction(p.step, p.steps),
    label: `${text.documents}: ${p.label}`,
    short: finished ? text.shortDone(text.documents) : text.short(text.documents, p.step + 1, p.steps),
    what: text.documents,
    word: text.documents,
    finished,
  };
}

export function syncProgress(p: EventPayload<Events, 'sync.progress'>): TaskProgress {
  const what = text.syncPhase[p.phase];
  const word = text.syncShort[p.phase];
  const bytes = p.unit === 'bytes' && p.total > 0;
  return {
    kind: 'sync',
    fraction: fraction(p.done, p.total),
    label: bytes ? text.bytes(what, p.done, p.total) : text.label(what, p.done, p.total),
    short: bytes ? `${text.short(word, Math.round(p.done / 1024), Math.round(p.total / 1024))} KB` : text.short(word, p.done, p.total),
    what,
    word,
    // Every phase reports its own end; a following phase simply replaces the finished line.
    finished: p.total > 0 && p.done >= p.total,
  };
}

/** What the engine is doing when main reports no progress of its own (journaling, a round starting). */
export function enginePhaseTask(phase: Exclude<EnginePhase, 'idle'>): TaskProgress {
  return { kind: 'sync', fraction: undefined, label: text.enginePhase[phase], short: text.sync, what: text.sync, word: text.sync, finished: false };
}
