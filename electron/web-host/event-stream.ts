// GET /events: the EventBus as Server-Sent Events. Each event is one `data:` line holding
// {name, payload} as JSON (JSON never contains a raw newline, so a line cannot be split or
// forged); the web bridge fans events out by name.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventListener } from '../services/event-bus';
import type { EventTable } from '../../common/contract';

export interface EventFeed<T extends EventTable> {
  subscribe(listener: EventListener<T>): () => void;
}

// Idle connections are closed by some proxies and by the browser after a while; a comment line
// keeps the stream alive and lets the host notice a client that went away.
const keepAliveMs = 25_000;

export const formatEvent = (name: string, payload: unknown): string =>
  `data: ${JSON.stringify({ name, payload })}\n\n`;

export function streamEvents<T extends EventTable>(bus: EventFeed<T>, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  // Sends the headers now, so the page's EventSource reports the stream open at once.
  res.write(': verikop\n\n');
  const unsubscribe = bus.subscribe((name, payload) => {
    res.write(formatEvent(name, payload));
  });
  const keepAlive = setInterval(() => {
    res.write(': ping\n\n');
  }, keepAliveMs);
  req.on('close', () => {
    unsubscribe();
    clearInterval(keepAlive);
  });
}
