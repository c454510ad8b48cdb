// JSON Schema for the OpenAPI description, generated from the contract's zod schemas. Only
// documentation: requests are validated with zod itself (register.ts), so the two cannot drift.
import { z } from 'zod';
import type { Payload, RouteSpec } from '../../common/contract/http';

type JsonSchema = Record<string, unknown>;

const toJson = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function payloadSchema(payload: Payload, description: string, headers: Readonly<Record<string, string>> | undefined): JsonSchema {
  const documented = headers === undefined ? {} : { headers: Object.fromEntries(Object.entries(headers).map(([name, meaning]) => [name, { type: 'string', description: meaning }])) };
  if (payload === 'binary') return { description, ...documented, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
  // @fastify/swagger writes no body for `type: 'null'`.
  if (payload === 'empty') return { description, ...documented, type: 'null' };
  return { description, ...documented, ...toJson(payload, 'output') };
}

const statusText: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Dibuat',
  202: 'Diterima sebagian',
  204: 'Tanpa isi',
  400: 'Permintaan tidak valid',
  401: 'Belum masuk',
  403: 'Peran tidak diizinkan',
  404: 'Tidak ditemukan',
  409: 'Konflik',
  413: 'Terlalu besar',
  422: 'Isi tidak sesuai SHA-256',
  429: 'Terlalu banyak percobaan',
};

/** The Fastify route schema (used by @fastify/swagger only). */
export function routeSchema(name: string, route: RouteSpec): JsonSchema {
  const schema: JsonSchema = {
    operationId: name,
    summary: route.summary,
    tags: [route.path.split('/')[1] ?? ''],
    response: Object.fromEntries(Object.entries(route.responses).map(([status, p]) => [status, payloadSchema(p, statusText[Number(status)] ?? status, route.responseHeaders)])),
  };
  if (route.access !== 'public') {
    schema.security = [{ bearer: [] }];
    schema.description = `Peran: ${route.access.join(', ')}.`;
  }
  if (route.params) schema.params = toJson(route.params, 'input');
  if (route.query) schema.querystring = toJson(route.query, 'input');
  if (route.headers) schema.headers = toJson(route.headers, 'input');
  if (route.body === 'binary') {
    schema.consumes = ['application/offset+octet-stream', 'application/octet-stream'];
    schema.body = { type: 'string', format: 'binary' };
  }
  else if (route.body !== undefined && route.body !== 'empty') schema.body = toJson(route.body, 'input');
  return schema;
}
