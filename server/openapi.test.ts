import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpRoutes } from '../common/contract/http';
import { openApiDocument } from './cli/openapi';

const committed = path.resolve(import.meta.dirname, '..', 'docs', 'openapi.json');

describe('OpenAPI description', () => {
  it('is generated from the route table, and docs/openapi.json is up to date (npm run server:openapi)', async () => {
    const generated = await openApiDocument();
    expect(JSON.parse(await readFile(committed, 'utf8'))).toEqual(generated);
    const paths = (generated as { paths: Record<string, Record<string, { operationId?: string }>> }).paths;
    for (const [name, route] of Object.entries(httpRoutes)) {
      const operation = paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation?.operationId, name).toBe(route.method === 'HEAD' ? `${name}-head` : name);
    }
  }, 120_000);
});
