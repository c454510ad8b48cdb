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
  readonly label: string;
  readonly finished: boolean;
}

const fraction = (done: number, total: number): number | undefined => (total > 0 ? Math.min(1, done / total) : undefined);

export function importProgress(p: EventPayload<Events, 'packets.importProgress'>): TaskProgress {
  return {
    kind: 'import',
    fraction: fraction(p.done, p.total),
    label: text.label(text.importPhase[p.phase], p.done, p.total),
    // Storing is the last phase: when it reports everything done, the import is over.
    finished: p.phase === 'storing' && p.total > 0 && p.done >= p.total,
  };
}

export function documentsProgress(p: EventPayload<Events, 'documents.progress'>): TaskProgress {
  return { kind: 'documents', fraction: fraction(p.step, p.steps), label: `${text.documents}: ${p.label}`, finished: p.step >= p.steps };
}

export function syncProgress(p: EventPayload<Events, 'sync.progress'>): TaskProgress {
  const what = text.syncPhase[p.phase];
  return {
    kind: 'sync',
    fraction: fraction(p.done, p.total),
    label: p.unit === 'bytes' && p.total > 0 ? text.bytes(what, p.done, p.total) : text.label(what, p.done, p.total),
    // A round has several phases; each reports its own end, and the next phase replaces it.
    finished: p.total > 0 && p.done >= p.total && p.phase === 'pull',
  };
}

/** What the engine is doing when main reports no progress of its own (journaling, a round starting). */
export function enginePhaseTask(phase: Exclude<EnginePhase, 'idle'>): TaskProgress {
  return { kind: 'sync', fraction: undefined, label: text.enginePhase[phase], finished: false };
}
