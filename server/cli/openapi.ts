// The OpenAPI description as the running server serves it at /openapi.json, generated from the
// route table. Built on an in-memory database, which registering routes never touches.
import { buildApp } from '../app';
import { openPglite } from '../storage/pglite';

export async function openApiDocument(): Promise<unknown> {
  const db = await openPglite(undefined);
  try {
    const { app } = await buildApp({ db, blobDir: '/nonexistent' });
    const document: unknown = app.swagger();
    await app.close();
    return document;
  } finally {
    await db.close();
  }
}
