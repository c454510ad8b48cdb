// The shape of the HTTP API between the app (main process) and the sync server: each route is
// declared once with its schemas and who may call it. The server registers its handlers from
// this table, the OpenAPI description is generated from it, and the client parses answers with
// the same schemas — no hand-kept copy of the API anywhere.
import { z } from 'zod';

export const serverRoles = ['verifier', 'supervisor', 'admin', 'licensing_office'] as const;
export const serverRoleSchema = z.enum(serverRoles);
/**
 * The domain's roles plus `licensing_office`: DPMPTSP staff who may only download signed
 * recommendations. They never enter the workflow, so the domain does not know them.
 */
export type ServerRole = z.infer<typeof serverRoleSchema>;

/** A body or answer that is raw bytes (blobs, PDFs), not JSON. */
export const binary = 'binary';
/** An answer without a body. */
export const empty = 'empty';
export type Payload = z.ZodType | typeof binary | typeof empty;

export interface RouteSpec {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** Fastify-style path: `/blobs/:sha256`. */
  readonly path: string;
  readonly summary: string;
  /** `public`: no session needed; otherwise the roles that may call it (others get 403). */
  readonly access: 'public' | readonly ServerRole[];
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** Request headers the route reads (lower-case names), validated like the rest of the input. */
  readonly headers?: z.ZodType;
  /** Response headers the route sets, name → meaning (documentation for clients). */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly body?: Payload;
  /** Answers by status code; errors use errorSchema. */
  readonly responses: Readonly<Record<number, Payload>>;
}

export const defineRoute = <const R extends RouteSpec>(route: R): R => route;

export const errorSchema = z.object({
  /** Stable, for programs: see httpErrorCodes. */
  code: z.string(),
  /** Indonesian, for the person. */
  message: z.string(),
});
export type HttpError = z.infer<typeof errorSchema>;

export const httpErrorCodes = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'too_many_attempts',
  'operation_id_reused',
  'upload_offset_mismatch',
  'upload_busy',
  'hash_mismatch',
  'blob_too_large',
  'calendar_outdated',
  'internal',
] as const;
export type HttpErrorCode = (typeof httpErrorCodes)[number];

export type RouteTable = Readonly<Record<string, RouteSpec>>;
