// Registers the contract's routes on Fastify: authentication and role check first (before any
// input is looked at), then zod parsing of params, query and body, then the handler, whose JSON
// answer can be checked against the declared response schema.
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteSpec, RouteTable, ServerRole } from '../../common/contract/http';
import { transportMessages } from '../../common/contract';
import { bearerToken } from '../auth/tokens';
import { sessionOf, type Session } from '../auth/sessions';
import type { Db } from '../storage/db';
import { badRequest, HttpFailure, httpMessages } from './failure';
import { routeSchema } from './schemas';

type Parsed<P> = P extends z.ZodType ? z.output<P> : undefined;
type BodyOf<R extends RouteSpec> = R['body'] extends z.ZodType ? z.output<R['body']> : R['body'] extends 'binary' ? Readable : undefined;

export interface Call<R extends RouteSpec> {
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly headers: Parsed<R['headers']>;
  readonly body: BodyOf<R>;
  readonly session: R['access'] extends 'public' ? undefined : Session;
  readonly request: FastifyRequest;
}

type Headers = Readonly<Record<string, string>>;
type AnswerFor<S extends number, P> = P extends z.ZodType
  ? { readonly status: S; readonly body: z.input<P>; readonly headers?: Headers }
  : P extends 'binary'
    ? { readonly status: S; readonly stream: Readable; readonly length: number; readonly contentType?: string; readonly headers?: Headers }
    : { readonly status: S; readonly headers?: Headers };
export type Answer<R extends RouteSpec> = { [S in keyof R['responses'] & number]: AnswerFor<S, R['responses'][S]> }[keyof R['responses'] & number];

export type RouteHandlers<T extends RouteTable> = { [K in keyof T]: (call: Call<T[K]>) => Promise<Answer<T[K]>> };

export interface RegisterOptions {
  readonly db: Db;
  readonly clock: () => Date;
  /** Check each JSON answer against its declared schema (tests and development). */
  readonly checkResponses: boolean;
}

async function authenticate(request: FastifyRequest, roles: readonly ServerRole[], options: RegisterOptions): Promise<Session> {
  const token = bearerToken(request.headers.authorization);
  const session = token === undefined ? undefined : await sessionOf(options.db, token, options.clock());
  if (session === undefined) throw new HttpFailure(401, 'unauthenticated', httpMessages.unauthenticated, {}, { 'www-authenticate': 'Bearer' });
  if (!roles.includes(session.user.role)) throw new HttpFailure(403, 'forbidden', httpMessages.forbidden);
  return session;
}

function parsePart(schema: z.ZodType | undefined, value: unknown): unknown {
  if (schema === undefined) return undefined;
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw badRequest(transportMessages.badInput(parsed.error.issues));
  return parsed.data;
}

function send(reply: FastifyReply, route: RouteSpec, answer: { status: number; headers?: Headers; body?: unknown; stream?: Readable; length?: number; contentType?: string }, options: RegisterOptions): FastifyReply {
  void reply.code(answer.status).headers(answer.headers ?? {});
  if (answer.stream !== undefined) {
    void reply.header('content-type', answer.contentType ?? 'application/octet-stream');
    if (answer.length !== undefined) void reply.header('content-length', answer.length);
    return reply.send(answer.stream);
  }
  if (answer.body === undefined) return reply.send();
  const declared = route.responses[answer.status];
  if (options.checkResponses && typeof declared === 'object') {
    const check = declared.safeParse(answer.body);
    if (!check.success) throw new Error(`Answer of ${route.method} ${route.path} (${answer.status}) breaks its schema: ${check.error.message}`);
  }
  return reply.type('application/json; charset=utf-8').send(answer.body);
}

export function registerRoutes<T extends RouteTable>(app: FastifyInstance, table: T, handlers: RouteHandlers<T>, options: RegisterOptions): void {
  for (const [name, route] of Object.entries(table) as [keyof T & string, RouteSpec][]) {
    const handler = handlers[name] as (call: Call<RouteSpec>) => Promise<{ status: number }>;
    app.route({
      method: route.method,
      url: route.path,
      schema: routeSchema(name, route),
      // @fastify/swagger leaves HEAD routes out unless asked; ours has its own meaning.
      config: { swagger: { exposeHeadRoute: true } },
      handler: async (request, reply) => {
        const access = route.access;
        const session = access === 'public' ? undefined : await authenticate(request, access, options);
        const body = route.body === 'binary' ? request.body : parsePart(route.body === 'empty' ? undefined : route.body, request.body);
        const call = {
          params: parsePart(route.params, request.params),
          query: parsePart(route.query, request.query),
          headers: parsePart(route.headers, request.headers),
          body,
          session,
          request,
        } as Call<RouteSpec>;
        return send(reply, route, await handler(call), options);
      },
    });
  }
}
