// The composition root of the sync server: Fastify with the contract's routes, the OpenAPI
// description, and one error format. Storage is opened by the caller (start.ts, tests), so the
// same app runs on PGlite, on PostgreSQL, in-process or in a child process.
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import { httpRoutes, type HttpError } from '../common/contract/http';
import { DEFAULT_LOGIN_POLICY, type LoginPolicy } from './auth/login';
import { DEFAULT_SCRYPT, type ScryptParams } from './auth/passwords';
import { DEFAULT_SESSION_TTL_MS } from './auth/sessions';
import { BlobStore } from './blobs/store';
import type { ServerContext } from './context';
import { HttpFailure, httpMessages } from './http/failure';
import { registerRoutes, type RouteHandlers } from './http/register';
import { authHandlers } from './routes/auth';
import { blobHandlers } from './routes/blobs';
import { publicHandlers } from './routes/public';
import { syncHandlers } from './routes/sync';
import type { Db } from './storage/db';
import { SyncService } from './sync/service';
import { DEFAULT_MAX_BLOB_BYTES } from '../common/contract/http';

export const SERVER_VERSION = '0.1.0';

export interface AppOptions {
  readonly db: Db;
  /** Where blob files live (`<dataDir>/blobs`). */
  readonly blobDir: string;
  readonly clock?: () => Date;
  /** A pino logger, or false for none (tests). */
  readonly logger?: Logger | false;
  readonly scrypt?: ScryptParams;
  readonly loginPolicy?: Partial<LoginPolicy>;
  readonly maxBlobBytes?: number;
  /** Check every JSON answer against the contract (on in tests; costs time on big snapshots). */
  readonly checkResponses?: boolean;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  readonly trustProxy?: boolean;
}

function errorBody(error: HttpFailure): HttpError & Record<string, unknown> {
  return { code: error.code, message: error.message, ...error.extra };
}

/** Fastify's own refusals (bad JSON, wrong content type, body too large) in our error format. */
function fromFastify(status: number, message: string): HttpFailure {
  if (status === 413) return new HttpFailure(413, 'blob_too_large', httpMessages.bodyTooLarge);
  if (status === 415) return new HttpFailure(415, 'bad_request', httpMessages.unsupportedMediaType);
  return new HttpFailure(status, 'bad_request', httpMessages.badRequest(message));
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;

function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    let failure: HttpFailure;
    const status = statusOf(error);
    if (error instanceof HttpFailure) failure = error;
    else if (status !== undefined && status >= 400 && status < 500) failure = fromFastify(status, error instanceof Error ? error.message : String(error));
    else {
      request.log.error({ err: error }, 'unexpected error');
      failure = new HttpFailure(500, 'internal', httpMessages.internal);
    }
    return reply.code(failure.status).headers(failure.headers).send(errorBody(failure));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody(new HttpFailure(404, 'not_found', httpMessages.unknownRoute))));
}

export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; ctx: ServerContext }> {
  const clock = options.clock ?? (() => new Date());
  const ctx: ServerContext = {
    db: options.db,
    blobs: new BlobStore(options.blobDir, options.db, clock),
    sync: new SyncService(options.db),
    clock,
    loginPolicy: { ...DEFAULT_LOGIN_POLICY, sessionTtlMs: DEFAULT_SESSION_TTL_MS, ...options.loginPolicy },
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    maxBlobBytes: options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES,
  };
  const logger: FastifyBaseLogger = options.logger === undefined || options.logger === false ? pino({ level: 'silent' }) : options.logger;
  const app = Fastify({
    loggerInstance: logger,
    // HEAD /blobs/:sha256 has its own meaning (upload offset), not GET's headers.
    exposeHeadRoutes: false,
    bodyLimit: 8 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });

  // Schemas on routes document the API; zod validates (http/register.ts), JSON.stringify writes.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Blob bodies reach the handler as a stream: they may be hundreds of megabytes.
  app.addContentTypeParser(['application/octet-stream', 'application/offset+octet-stream'], (_request, payload, done) => {
    done(null, payload);
  });
  installErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Verikop — server sinkronisasi', version: SERVER_VERSION, description: 'Lihat docs/sync-protocol.md untuk protokolnya.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  const handlers = { ...publicHandlers(ctx), ...authHandlers(ctx), ...syncHandlers(ctx), ...blobHandlers(ctx) } satisfies RouteHandlers<typeof httpRoutes>;
  registerRoutes(app, httpRoutes, handlers, { db: ctx.db, clock, checkResponses: options.checkResponses ?? false });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.ready();
  return { app, ctx };
}
