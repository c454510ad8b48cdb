// A loopback HTTP proxy between the client and the real server, to make the network misbehave
// on purpose and to count exactly what reaches the server: every request delivered twice, an
// upload cut after so many bytes, a push whose answer never returns because the server was
// killed first. Each upstream request gets its own connection, so cutting one cuts only it.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyRecord {
  readonly method: string;
  readonly path: string;
  /** The Upload-Offset header of a blob PUT. */
  readonly uploadOffset: string | undefined;
  /** Body bytes that went on to the server (per delivery). */
  readonly forwardedBytes: number[];
  /** Status of each answer the server gave; undefined when the connection was cut first. */
  readonly statuses: (number | undefined)[];
}

export type ProxyMode =
  | { readonly kind: 'pass' }
  /** Every request goes to the server twice, one after the other; the client gets the second answer. */
  | { readonly kind: 'twice' }
  /** The first blob PUT is cut after `afterBytes` body bytes: `beforeCut` runs, then both connections drop. */
  | { readonly kind: 'cut_upload'; readonly afterBytes: number; readonly beforeCut: () => Promise<void> }
  /**
   * The first push reaches the server; `then` runs (it kills the server) once the push was sent
   * (`when: 'sent'`, the server may be mid-transaction) or once it was answered (`'answered'`),
   * and the client never hears back.
   */
  | { readonly kind: 'kill_push'; readonly when: 'sent' | 'answered'; readonly then: () => Promise<void> };

interface Buffered {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

const hopHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade']);

function forwardable(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (!hopHeaders.has(k) && k !== 'host' && v !== undefined) out[k] = v;
  return out;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class LoopbackProxy {
  readonly records: ProxyRecord[] = [];
  #mode: ProxyMode = { kind: 'pass' };
  /** Where the server is now (a restarted child server listens on a new port). */
  target: string;
  #used = false;

  private constructor(
    private readonly server: http.Server,
    target: string,
  ) {
    this.target = target;
  }

  static async start(target: string): Promise<LoopbackProxy> {
    const server = http.createServer();
    const proxy = new LoopbackProxy(server, target);
    server.on('request', (req, res) => {
      void proxy.#handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get mode(): ProxyMode {
    return this.#mode;
  }

  /** A new mode acts on the next matching request (a cut or a kill happens once per mode set). */
  set mode(mode: ProxyMode) {
    this.#mode = mode;
    this.#used = false;
  }

  get url(): string {
    return `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  /** Requests of one kind, e.g. `proxy.matching('PUT', '/blobs/')`. */
  matching(method: string, pathPrefix: string): ProxyRecord[] {
    return this.records.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  #upstream(req: IncomingMessage): http.ClientRequest {
    const url = new URL(req.url ?? '/', this.target);
    return http.request(url, { method: req.method, headers: forwardable(req.headers), agent: false });
  }

  async #deliver(req: IncomingMessage, body: Buffer, record: ProxyRecord): Promise<Buffered> {
    const upstream = this.#upstream(req);
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      upstream.once('response', resolve).once('error', reject);
    });
    upstream.end(body);
    record.forwardedBytes.push(body.length);
    const response = await answered;
    const buffered = { status: response.statusCode ?? 502, headers: response.headers, body: await readAll(response) };
    record.statuses.push(buffered.status);
    return buffered;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const offset = req.headers['upload-offset'];
    const record: ProxyRecord = { method: req.method ?? 'GET', path, uploadOffset: typeof offset === 'string' ? offset : undefined, forwardedBytes: [], statuses: [] };
    this.records.push(record);
    try {
      const mode = this.mode;
      if (mode.kind === 'cut_upload' && !this.#used && req.method === 'PUT' && path.startsWith('/blobs/')) {
        this.#used = true;
        await this.#cut(req, res, record, mode);
        return;
      }
      const body = await readAll(req);
      if (mode.kind === 'kill_push' && !this.#used && req.method === 'POST' && path.startsWith('/sync/push')) {
        this.#used = true;
        await this.#killPush(req, body, record, mode);
        res.destroy();
        return;
      }
      let answer = await this.#deliver(req, body, record);
      if (mode.kind === 'twice') answer = await this.#deliver(req, body, record);
      res.writeHead(answer.status, forwardable(answer.headers));
      res.end(answer.body);
    } catch {
      // The server is down or cut us off: so is the client.
      res.destroy();
    }
  }

  async #killPush(req: IncomingMessage, body: Buffer, record: ProxyRecord, mode: Extract<ProxyMode, { kind: 'kill_push' }>): Promise<void> {
    if (mode.when === 'answered') {
      await this.#deliver(req, body, record);
      await mode.then();
      return;
    }
    const upstream = this.#upstream(req);
    upstream.on('error', () => undefined);
    await new Promise<void>((resolve) => upstream.end(body, resolve));
    record.forwardedBytes.push(body.length);
    record.statuses.push(undefined);
    await mode.then();
  }

  async #cut(req: IncomingMessage, res: ServerResponse, record: ProxyRecord, mode: Extract<ProxyMode, { kind: 'cut_upload' }>): Promise<void> {
    const upstream = this.#upstream(req);
    upstream.on('error', () => undefined);
    let forwarded = 0;
    // The client's connection stays open (paused) until the cut: it must not learn of the
    // failure before the server has written what it received.
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer): void => {
        const piece = chunk.subarray(0, mode.afterBytes - forwarded);
        if (piece.length > 0) {
          upstream.write(piece);
          forwarded += piece.length;
        }
        if (forwarded >= mode.afterBytes) {
          req.off('data', onData);
          req.pause();
          resolve();
        }
      };
      req.on('data', onData);
      req.once('end', resolve);
    });
    record.forwardedBytes.push(forwarded);
    record.statuses.push(undefined);
    await mode.beforeCut();
    upstream.destroy();
    res.destroy();
  }
}
