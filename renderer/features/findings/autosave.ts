// Autosave for what a person types: every change is kept in memory and in a write-ahead journal
// at once, saved after a short pause (or at once on flush: leaving a field, the window going
// away), and taken off the journal only when the database confirmed it. A failed save keeps the
// change pending and says why; the next change or a retry tries again. Saves run one at a time,
// in order, so an older value can never land after a newer one.

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

/** Where unsaved values wait until the database has them (see journal.ts). */
export interface Journal<V> {
  write(key: string, value: V): void;
  remove(key: string): void;
}

export interface AutosaveOptions<V> {
  readonly save: (key: string, value: V) => Promise<void>;
  readonly delayMs: number;
  readonly journal?: Journal<V>;
  readonly describeError: (e: unknown) => string;
  readonly onState?: (state: SaveState) => void;
}

export class Autosaver<V> {
  private readonly pending = new Map<string, V>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private saving = false;
  private failure: string | undefined;
  private current: SaveState = { kind: 'saved' };

  constructor(private readonly options: AutosaveOptions<V>) {}

  get state(): SaveState {
    return this.current;
  }

  /** Whether some value is not in the database yet. */
  get dirty(): boolean {
    return this.pending.size > 0 || this.saving;
  }

  change(key: string, value: V): void {
    this.pending.set(key, value);
    this.options.journal?.write(key, value);
    this.failure = undefined;
    this.emit();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Saves everything pending now; resolves when this and every earlier save has finished. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.queue = this.queue.then(() => this.drain());
    return this.queue;
  }

  /** Stops the timer; values still pending stay in the journal for the next start. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async drain(): Promise<void> {
    for (const [key, value] of this.pending) {
      this.pending.delete(key);
      this.saving = true;
      this.emit();
      try {
        await this.options.save(key, value);
        this.failure = undefined;
        // A newer value typed meanwhile is still pending and still journalled.
        if (!this.pending.has(key)) this.options.journal?.remove(key);
      } catch (e) {
        if (!this.pending.has(key)) this.pending.set(key, value);
        this.failure = this.options.describeError(e);
        return;
      } finally {
        this.saving = false;
        this.emit();
      }
    }
  }

  private emit(): void {
    const next: SaveState =
      this.failure !== undefined
        ? { kind: 'failed', message: this.failure }
        : this.saving
          ? { kind: 'saving' }
          : this.pending.size > 0
            ? { kind: 'pending' }
            : { kind: 'saved' };
    if (next.kind === this.current.kind && (next.kind !== 'failed' || (this.current.kind === 'failed' && next.message === this.current.message))) return;
    this.current = next;
    this.options.onState?.(next);
  }
}
