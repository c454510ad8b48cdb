// Every route × every kind of caller, with the status the API documents (docs/http-api.md).
import { randomUUID, createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSchema, httpRoutes, type RouteName } from '../common/contract/http';
import { seedCalendarDocument } from '../common/domain';
import { databaseTargets } from './testing/databases';
import { startTestServer, TEST_PASSWORD, userWithToken, type TestServer } from './testing/harness';
import { importSample, signSample } from './testing/samples';

const callers = ['anonymous', 'assignedVerifier', 'otherVerifier', 'supervisor', 'admin', 'licensingOffice'] as const;
type Caller = (typeof callers)[number];
type Expectation = Readonly<Record<Caller, number>>;

const all = (status: number): Expectation => ({ anonymous: status, assignedVerifier: status, otherVerifier: status, supervisor: status, admin: status, licensingOffice: status });
const signedIn = (expect: Omit<Expectation, 'anonymous'>): Expectation => ({ anonymous: 401, ...expect });
const syncRoles = (assigned: number, other: number): Expectation =>
  signedIn({ assignedVerifier: assigned, otherVerifier: other, supervisor: 200, admin: 200, licensingOffice: 403 });

/** The documented answer of each route for each caller (a verifier sees only their own files: 404 otherwise). */
const expected: Readonly<Record<RouteName, Expectation>> = {
  health: all(200),
  calendar: all(200),
  replaceCalendar: signedIn({ assignedVerifier: 403, otherVerifier: 403, supervisor: 403, admin: 200, licensingOffice: 403 }),
  verify: all(200),
  recommendations: signedIn({ assignedVerifier: 403, otherVerifier: 403, supervisor: 200, admin: 200, licensingOffice: 200 }),
  recommendationPdf: signedIn({ assignedVerifier: 403, otherVerifier: 403, supervisor: 200, admin: 200, licensingOffice: 200 }),
  login: all(200),
  logout: signedIn({ assignedVerifier: 204, otherVerifier: 204, supervisor: 204, admin: 204, licensingOffice: 204 }),
  session: signedIn({ assignedVerifier: 200, otherVerifier: 200, supervisor: 200, admin: 200, licensingOffice: 200 }),
  users: signedIn({ assignedVerifier: 403, otherVerifier: 403, supervisor: 200, admin: 200, licensingOffice: 403 }),
  push: syncRoles(200, 200),
  pull: syncRoles(200, 200),
  applications: syncRoles(200, 200),
  application: syncRoles(200, 404),
  audit: syncRoles(200, 404),
  blobStatus: syncRoles(200, 200),
  uploadBlob: signedIn({ assignedVerifier: 201, otherVerifier: 201, supervisor: 201, admin: 201, licensingOffice: 403 }),
  downloadBlob: syncRoles(200, 404),
};

interface Request {
  readonly url: string;
  readonly payload?: unknown;
  readonly headers?: Record<string, string>;
}

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`every route × every caller on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    let server: TestServer;
    const tokens = new Map<Caller, string>();
    let documentSha = '';

    beforeAll(async () => {
      server = await startTestServer({ db: await target.open() });
      const siti = await userWithToken(server, 'siti', 'verifier', 'Siti Rahmawati');
      const andi = await userWithToken(server, 'andi', 'verifier', 'Andi Baso Pratama');
      const ketua = await userWithToken(server, 'ketua', 'supervisor', 'Drs. H. Bambang Sutrisno, M.M.');
      tokens.set('assignedVerifier', siti.token).set('otherVerifier', andi.token).set('supervisor', ketua.token);
      tokens.set('admin', (await userWithToken(server, 'admin', 'admin')).token);
      tokens.set('licensingOffice', (await userWithToken(server, 'dpmptsp', 'licensing_office')).token);
      const { documentShas } = await importSample(server, 'app-1', 'siti');
      documentSha = documentShas[0] ?? '';
      await signSample(server, 'app-1', 'rek-2026-0042', {
        verifier: { id: siti.id, displayName: 'Siti Rahmawati' },
        supervisor: { id: ketua.id, displayName: 'Drs. H. Bambang Sutrisno, M.M.' },
      });
    });
    afterAll(async () => {
      await server.close();
      await server.db.close();
      await target.dispose();
    });

    let calendarVersion = seedCalendarDocument.version;
    const requests: Readonly<Record<RouteName, (caller: Caller) => Request>> = {
      health: () => ({ url: '/health' }),
      calendar: () => ({ url: '/calendar' }),
      replaceCalendar: () => ({ url: '/calendar', payload: { ...seedCalendarDocument, version: (calendarVersion += 1) } }),
      verify: () => ({ url: '/verify/rek-2026-0042' }),
      recommendations: () => ({ url: '/recommendations?after=0' }),
      recommendationPdf: () => ({ url: '/recommendations/rek-2026-0042/pdf' }),
      login: () => ({ url: '/auth/login', payload: { username: 'siti', password: TEST_PASSWORD } }),
      logout: () => ({ url: '/auth/logout' }),
      session: () => ({ url: '/auth/session' }),
      users: () => ({ url: '/users' }),
      push: () => ({ url: '/sync/push', payload: { clientId: randomUUID(), operations: [{ id: randomUUID(), type: 'audit.note', applicationId: 'app-1', action: 'document.opened', recordType: 'document', recordId: 'doc-r1-izin-kc' }] } }),
      pull: () => ({ url: '/sync/pull?after=0&limit=5' }),
      applications: () => ({ url: '/applications' }),
      application: () => ({ url: '/applications/app-1' }),
      audit: () => ({ url: '/applications/app-1/audit' }),
      blobStatus: () => ({ url: `/blobs/${documentSha}` }),
      uploadBlob: (caller) => {
        const bytes = Buffer.from(`blob of ${caller}`);
        const sha = createHash('sha256').update(bytes).digest('hex');
        return { url: `/blobs/${sha}`, payload: bytes, headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) } };
      },
      downloadBlob: () => ({ url: `/blobs/${documentSha}` }),
    };

    it('serves its OpenAPI description to anyone', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/openapi.json' });
      expect([response.statusCode, response.json<{ openapi: string }>().openapi]).toEqual([200, '3.1.0']);
    });

    it('has an expectation and a request for every route of the contract', () => {
      expect(Object.keys(expected).sort()).toEqual(Object.keys(httpRoutes).sort());
      expect(Object.keys(requests).sort()).toEqual(Object.keys(httpRoutes).sort());
    });

    for (const name of Object.keys(expected) as RouteName[]) {
      it(`${httpRoutes[name].method} ${httpRoutes[name].path}`, async () => {
        const route = httpRoutes[name];
        const seen: Partial<Record<Caller, number>> = {};
        for (const caller of callers) {
          const request = requests[name](caller);
          // Logging out spends the token, so it gets a session of its own.
          const token = name === 'logout' && caller !== 'anonymous' ? await freshToken(caller) : tokens.get(caller);
          const response = await server.app.inject({
            method: route.method,
            url: request.url,
            headers: { ...request.headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
            ...(request.payload === undefined ? {} : { payload: request.payload as string }),
          });
          seen[caller] = response.statusCode;
          if (response.statusCode >= 400 && route.method !== 'HEAD') {
            expect(errorSchema.safeParse(response.json()).success, `${caller}: ${response.body}`).toBe(true);
          }
        }
        expect(seen).toEqual(expected[name]);
      });
    }

    const usernames: Readonly<Record<Exclude<Caller, 'anonymous'>, string>> = {
      assignedVerifier: 'siti',
      otherVerifier: 'andi',
      supervisor: 'ketua',
      admin: 'admin',
      licensingOffice: 'dpmptsp',
    };
    async function freshToken(caller: Exclude<Caller, 'anonymous'>): Promise<string> {
      const response = await server.app.inject({ method: 'POST', url: '/auth/login', payload: { username: usernames[caller], password: TEST_PASSWORD } });
      return response.json<{ token: string }>().token;
    }
  });
}
