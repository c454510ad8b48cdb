// The admin commands and `serve` as people and fault tests run them: real processes on a real
// data directory (PGlite), killed with SIGKILL and started again.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendarDocument } from '../../common/domain';
import { pullPageSchema, type OperationInput } from '../../common/sync';
import { findingOperations, workflowOperation } from '../../common/sync/fixtures';
import { pushResponseSchema } from '../../common/contract/http';
import { runAdminCommand, startChildServer, type ChildServer } from '../testing/child';
import { writeSamplePacket } from '../testing/samples';

const PASSWORD = 'sandi-yang-cukup-panjang';

describe('admin commands and serve, as processes on PGlite', () => {
  let root: string;
  let dataDir: string;
  const admin = (args: string[], input = '') => runAdminCommand({ dataDir }, args, input);

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'verikop-cli-'));
    dataDir = path.join(root, 'data');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates users with the password from stdin, refusing weak ones', async () => {
    const weak = await admin(['user:create', 'siti', '--role', 'verifier', '--name', 'Siti Rahmawati'], 'pendek\n');
    expect([weak.code, weak.stderr.trim()]).toEqual([1, 'Kata sandi minimal 10 karakter.']);
    const siti = await admin(['user:create', 'siti', '--role', 'verifier', '--name', 'Siti Rahmawati'], `${PASSWORD}\n`);
    expect(siti.stdout).toContain('Pengguna siti (verifier) dibuat');
    const ketua = await admin(['user:create', 'ketua', '--role', 'supervisor', '--name', 'Ketua Tim', '--nip', '198305202010011017'], `${PASSWORD}\n`);
    expect(ketua.code).toBe(0);
    const list = await admin(['user:list']);
    expect(list.stdout.trim().split('\n').map((l) => l.split('\t').slice(1, 3))).toEqual([
      ['ketua', 'supervisor'],
      ['siti', 'verifier'],
    ]);
  }, 180_000);

  it('imports a packet folder assigned to a verifier, once, and lists it', async () => {
    const packet = path.join(root, 'paket-app-7');
    await writeSamplePacket(packet, 'app-7');
    const imported = await admin(['packet:import', packet, '--assign', 'siti']);
    expect(imported.stdout, imported.stderr).toMatch(/Permohonan app-7 .* diterima, ditugaskan kepada siti/);
    const again = await admin(['packet:import', packet, '--assign', 'siti']);
    expect([again.code, again.stderr.trim()]).toEqual([1, 'Permohonan app-7 sudah ada di server.']);
    await writeFile(path.join(packet, 'sertifikat-kompetensi.jpg'), 'bukan jpeg');
    const tampered = await admin(['packet:import', packet]);
    expect(tampered.stderr).toContain('Paket ditolak');
    const list = await admin(['applications']);
    expect(list.stdout.split('\t').slice(0, 5)).toEqual(['app-7', 'PD/KCP-KSP/2026/000317', '2026-03-09', 'Diterima', 'siti']);
  }, 180_000);

  it('replaces the calendar only with a newer version', async () => {
    const file = path.join(root, 'kalender.json');
    await writeFile(file, JSON.stringify({ ...seedCalendarDocument, version: 2 }));
    expect((await admin(['calendar:replace', file])).stdout).toContain('Kalender versi 2 diterbitkan');
    const stale = await admin(['calendar:replace', file]);
    expect([stale.code, stale.stderr.trim()]).toEqual([1, 'Versi kalender harus lebih besar dari versi yang berlaku (2).']);
  }, 180_000);

  it('keeps every accepted operation across SIGKILL, and answers a resend as before', async () => {
    let server: ChildServer = await startChildServer({ dataDir });
    const busy = await startChildServer({ dataDir }).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    expect(busy).toMatch(/sedang dipakai oleh proses \d+/);

    const login = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'siti', password: PASSWORD }) });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const ops: OperationInput[] = [workflowOperation('app-7', 'start_verification'), ...findingOperations('app-7', ['R1', 'R2', 'R3'])];
    const body = JSON.stringify({ clientId: randomUUID(), operations: ops });
    const push = () => fetch(`${server.url}/sync/push`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body });
    const first = pushResponseSchema.parse(await (await push()).json());
    expect(first.answers.map((a) => a.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    const before = pullPageSchema.parse(await (await fetch(`${server.url}/sync/pull`, { headers: auth })).json());

    expect(await server.kill('SIGKILL')).toBeNull();
    server = await startChildServer({ dataDir });
    try {
      const after = pullPageSchema.parse(await (await fetch(`${server.url}/sync/pull`, { headers: auth })).json());
      expect(after).toEqual(before);
      expect(pushResponseSchema.parse(await (await push()).json())).toEqual(first);
    } finally {
      await server.kill('SIGTERM');
    }
  }, 300_000);
});
