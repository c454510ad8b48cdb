// The client's door to the sync server: one request per call, described by the route table of
// common/contract/http (method, path, which answers exist), with a timeout on the whole exchange
// and answers read completely before anyone looks at them. Failures are sorted into the two
// kinds the caller reacts to differently: no answer at all (TransportError: offline, timed out,
// connection cut) and an answer the caller did not expect (HttpStatusError).
import type { z } from 'zod';
import { errorSchema, type HttpError, type RouteSpec } from '../../../common/contract/http';

export type Fetch = typeof fetch;

export interface RequestOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number>>;
  /** A JSON body, or raw bytes for binary routes. */
  readonly json?: unknown;
  readonly bytes?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bearer token; never logged, never put in an error. */
  readonly token?: string;
  readonly timeoutMs?: number;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/** No answer arrived: the server is unreachable, too slow, or the connection broke. */
export class TransportError extends Error {
  constructor(
    readonly reason: 'timeout' | 'network',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'TransportError';
  }
}

/** The server answered with a status the caller did not handle. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly error: HttpError | undefined,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${String(status)}${error === undefined ? '' : ` ${error.code}`}`);
    this.name = 'HttpStatusError';
  }

  /** Worth another try later: the server is overloaded, restarting, behind a failing proxy, or still busy with a cut upload. */
  get transient(): boolean {
    if (this.status === 409) return this.error?.code === 'upload_busy';
    return this.status === 429 || this.status === 500 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** The answer does not match the route table: a server of another version, or a proxy's page. */
export class ProtocolError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ProtocolError';
  }
}

export const DEFAULT_TIMEOUT_MS = 20_000;

const causeCode = (e: unknown): string | undefined => {
  const cause = typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
};

function classify(e: unknown): TransportError {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return new TransportError('timeout', 'waktu habis');
  return new TransportError('network', causeCode(e) ?? (e instanceof Error ? e.message : 'koneksi gagal'));
}

export function pathOf(route: RouteSpec, params: Readonly<Record<string, string>> = {}): string {
  return route.path.replace(/:([a-zA-Z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${route.path}`);
    return encodeURIComponent(value);
  });
}

export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  async send(route: RouteSpec, options: RequestOptions = {}): Promise<HttpAnswer> {
    const url = new URL(`${this.baseUrl}${pathOf(route, options.params)}`);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.bytes !== undefined) {
      headers['content-type'] = 'application/octet-stream';
      body = options.bytes;
    }
    try {
      const response = await this.fetchImpl(url, {
        method: route.method,
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      // Read to the end inside the timeout: a connection cut mid-answer is a transport failure too.
      const bytes = route.method === 'HEAD' ? new Uint8Array() : new Uint8Array(await response.arrayBuffer());
      return { status: response.status, headers: response.headers, body: bytes };
    } catch (e) {
      throw classify(e);
    }
  }
}

function jsonOf(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(answer.body));
  } catch {
    return undefined;
  }
}

/** The error body of a failed answer, when it is one of the server's. */
export function errorOf(answer: HttpAnswer): HttpError | undefined {
  const parsed = errorSchema.safeParse(jsonOf(answer));
  return parsed.success ? parsed.data : undefined;
}

/** Throws HttpStatusError unless the status is one the caller handles. */
export function expectStatus(answer: HttpAnswer, handled: readonly number[]): void {
  if (!handled.includes(answer.status)) throw new HttpStatusError(answer.status, errorOf(answer), answer.headers.get('retry-after'));
}

/** The JSON body checked against the schema the route declares for this status. */
export function bodyOf<S extends z.ZodType>(route: RouteSpec, answer: HttpAnswer, schema: S): z.output<S> {
  if (route.responses[answer.status] !== schema) throw new ProtocolError(`${route.method} ${route.path}: status ${String(answer.status)} tidak sesuai tabel rute`);
  const parsed = schema.safeParse(jsonOf(answer));
  if (!parsed.success) throw new ProtocolError(`${route.method} ${route.path}: jawaban ${String(answer.status)} tidak sesuai skema`);
  return parsed.data;
}
