// Route behaviour beyond access: login limits and session end over real HTTP, what the public
// verification lookup reveals, the calendar's replacement, and signed recommendations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarResponseSchema, errorSchema, recommendationSchema, verificationSchema } from '../../common/contract/http';
import { letterReference, seedCalendarDocument } from '../../common/domain';
import { pullPageSchema } from '../../common/sync';
import { databaseTargets } from '../testing/databases';
import { startTestServer, TEST_PASSWORD, userWithToken, type TestServer } from '../testing/harness';
import { importSample, sampleWithDocuments, signSample } from '../testing/samples';

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`routes on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    let server: TestServer;
    let base: string;
    let siti: { id: string; token: string };
    let ketua: { id: string; token: string };
    let admin: { id: string; token: string };
    let office: { id: string; token: string };
    const t0 = new Date('2026-03-30T02:00:00.000Z');

    beforeAll(async () => {
      server = await startTestServer({ db: await target.open(), listen: true, now: t0 });
      base = server.url ?? '';
      siti = await userWithToken(server, 'siti', 'verifier', 'Siti Rahmawati');
      ketua = await userWithToken(server, 'ketua', 'supervisor', 'Ir. Hj. Nurul Hidayah, M.M.');
      admin = await userWithToken(server, 'admin', 'admin');
      office = await userWithToken(server, 'dpmptsp', 'licensing_office');
      await importSample(server, 'app-1', 'siti');
      await signSample(server, 'app-1', 'rek-2026-0042', { verifier: { id: siti.id, displayName: 'Siti Rahmawati' }, supervisor: { id: ketua.id, displayName: 'Ir. Hj. Nurul Hidayah, M.M.' } });
    });
    afterAll(async () => {
      await server.close();
      await server.db.close();
      await target.dispose();
    });

    const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
    const send = (method: string, path: string, body: unknown, token?: string) =>
      fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });

    it('limits failed logins with 429 and Retry-After, and a locked name stays locked for the right password', async () => {
      await userWithToken(server, 'andi', 'verifier');
      for (let i = 0; i < 5; i += 1) expect((await send('POST', '/auth/login', { username: 'andi', password: 'salah-salah-salah' })).status).toBe(401);
      const locked = await send('POST', '/auth/login', { username: 'andi', password: TEST_PASSWORD });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
      expect(errorSchema.parse(await locked.json()).message).toMatch(/Coba lagi dalam 15 menit/);
      server.setTime(new Date(t0.getTime() + 16 * 60_000));
      expect((await send('POST', '/auth/login', { username: 'ANDI ', password: TEST_PASSWORD })).status).toBe(200);
      server.setTime(t0);
    });

    it('ends a session at logout and at expiry', async () => {
      const fresh = await (await send('POST', '/auth/login', { username: 'siti', password: TEST_PASSWORD })).json() as { token: string };
      expect((await get('/auth/session', fresh.token)).status).toBe(200);
      expect((await send('POST', '/auth/logout', {}, fresh.token)).status).toBe(204);
      const after = await get('/auth/session', fresh.token);
      expect([after.status, after.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
      server.setTime(new Date(t0.getTime() + 8 * 24 * 3600_000));
      expect((await get('/auth/session', siti.token)).status).toBe(401);
      server.setTime(t0);
      expect((await get('/auth/session', siti.token)).status).toBe(200);
    });

    it('verifies a signed letter with its fingerprint, signer, status and date only', async () => {
      const response = await get('/verify/rek-2026-0042');
      const body: unknown = await response.json();
      expect(Object.keys(body as object).sort()).toEqual(['date', 'documentId', 'sha256', 'signer', 'status']);
      expect(verificationSchema.parse(body)).toMatchObject({ signer: 'Ir. Hj. Nurul Hidayah, M.M.', status: 'signed', date: '2026-03-30' });
      const text = JSON.stringify(body);
      const { input } = sampleWithDocuments('app-1');
      for (const person of [...input.members, ...input.staff]) {
        expect(text).not.toContain(person.nik);
        expect(text).not.toContain(person.name);
      }
      expect((await get('/verify/doc-r1-izin-kc')).status).toBe(404);
    });

    it("answers for the letter's QR reference (berkas-<application>) with its signed letter", async () => {
      const byReference: unknown = await (await get(`/verify/${letterReference('app-1')}`)).json();
      const byId: unknown = await (await get('/verify/rek-2026-0042')).json();
      expect(verificationSchema.parse(byReference)).toEqual(verificationSchema.parse(byId));
      expect((await get(`/verify/${letterReference('app-none')}`)).status).toBe(404);
      expect((await get('/verify/berkas-..%2Fx')).status).toBe(400);
    });

    it('lists signed recommendations for the licensing office and serves the PDF', async () => {
      const list = await (await get('/recommendations?after=0', office.token)).json() as { recommendations: unknown[] };
      expect(list.recommendations.map((r) => recommendationSchema.parse(r))).toMatchObject([{ documentId: 'rek-2026-0042', applicationId: 'app-1', recommendation: 'issue', status: 'signed' }]);
      const seq = recommendationSchema.parse(list.recommendations[0]).seq;
      expect(await (await get(`/recommendations?after=${seq}`, office.token)).json()).toEqual({ recommendations: [] });
      const pdf = await get('/recommendations/rek-2026-0042/pdf', office.token);
      expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      expect((await pdf.text()).startsWith('%PDF')).toBe(true);
    });

    it('replaces the calendar only with a valid, newer document, and pulls carry it to verifiers', async () => {
      const invalid = await send('PUT', '/calendar', { ...seedCalendarDocument, version: 5, years: { '2027': { holidays: [], collectiveLeave: [] } } }, admin.token);
      expect([invalid.status, errorSchema.parse(await invalid.json()).message]).toEqual([400, expect.stringContaining('kosong')]);
      const ok = await send('PUT', '/calendar', { ...seedCalendarDocument, version: 5 }, admin.token);
      expect(calendarResponseSchema.parse(await ok.json())).toMatchObject({ source: 'published', document: { version: 5 } });
      const stale = await send('PUT', '/calendar', { ...seedCalendarDocument, version: 4 }, admin.token);
      expect([stale.status, errorSchema.parse(await stale.json()).code]).toEqual([409, 'calendar_outdated']);
      const page = pullPageSchema.parse(await (await get('/sync/pull?after=0&limit=500', siti.token)).json());
      const versions = page.entries.flatMap((e) => e.changes.flatMap((c) => (c.kind === 'calendar' ? [c.document.version] : [])));
      expect(versions).toEqual([5]);
    });

    it('answers unknown routes and malformed JSON in the error format', async () => {
      const unknown = await get('/nope');
      expect([unknown.status, errorSchema.parse(await unknown.json()).code]).toEqual([404, 'not_found']);
      const broken = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
      expect([broken.status, errorSchema.parse(await broken.json()).code]).toEqual([400, 'bad_request']);
    });
  });
}
