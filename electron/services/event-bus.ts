// Main→renderer events, independent of transport: Electron forwards them over IPC to the app's
// window, the web host over its event stream. Payloads are checked against the contract so a
// service bug cannot push malformed data into the renderer.
import type { EventName, EventPayload, EventTable } from '../../common/contract';

export type EventListener<T extends EventTable> = (name: EventName<T>, payload: unknown) => void;

export class EventBus<T extends EventTable> {
  readonly #listeners = new Set<EventListener<T>>();

  constructor(private readonly table: T) {}

  emit<K extends EventName<T>>(name: K, payload: EventPayload<T, K>): void {
    const checked = this.table[name]?.parse(payload);
    for (const listener of this.#listeners) listener(name, checked);
  }

  subscribe(listener: EventListener<T>): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
