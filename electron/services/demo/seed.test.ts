// Demo seeding on a real data folder: the second run changes nothing, a removed piece comes back
// from the same chain, and the seeded certificates — through the very calls the app makes —
// import with the published passphrase and sign a generated Berita Acara that signing.verify
// and pdfsig accept, chained to the demo CA, with the demo CA (not BSrE) named in the document.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch, calls } from '../../../common/contract';
import type { CalendarDate } from '../../../common/domain';
import { cleanApplication, sampleOffice, suggestedFindings, VERIFICATION_DATE } from '../../../common/domain/fixtures';
import { createAppServices } from '../app-services';
import { samplePackets } from '../samples';
import { pdfsig } from '../signing/external-check';
import { Vault } from '../vault/vault';
import { DEMO_PASSPHRASE, demoPeople } from './demo-people';
import { seedDemo, type DemoSeed } from './seed';

/** Every file under `dir`: relative path → content hash, size and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full);
    const hash = entry.isFile() ? createHash('sha256').update(await readFile(full)).digest('hex') : 'dir';
    files.set(path.relative(dir, full), `${hash} ${String(info.size)} ${String(info.mtimeMs)}`);
  }
  return files;
}

const person = (role: 'verifier' | 'supervisor') => {
  const found = demoPeople.find((p) => p.role === role);
  if (found === undefined) throw new Error(role);
  return found;
};

describe('seedDemo', () => {
  let dataDir: string;
  let first: DemoSeed;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-'));
    first = await seedDemo(dataDir);
  });

  it('lays down the chain, its trust, the certificates with a README, and every sample packet', async () => {
    const kinds = first.changes.map((c) => c.kind);
    expect(kinds.filter((k) => k !== 'packet')).toEqual(['demo_certificates', 'trust_anchor', 'certificate_file', 'certificate_file', 'readme']);
    expect(kinds.filter((k) => k === 'packet')).toHaveLength(samplePackets().length * 2);
    expect(first).toMatchObject({ signatureIssuer: 'Verikop Demo CA', passphrase: 'verikop-demo' });
    expect((await readdir(first.certificateInbox)).sort()).toEqual(['README.txt', 'supervisor-demo.p12', 'verifikator-demo.p12']);
    const readme = await readFile(path.join(first.certificateInbox, 'README.txt'), 'utf8');
    for (const p of demoPeople) expect(readme).toContain(`NIP ${p.official.nip}`);
    expect(readme).toContain(`Kata sandi kedua berkas: ${DEMO_PASSPHRASE}`);
    expect(readme).toContain('TIDAK SAH UNTUK DINAS');
    for (const p of demoPeople) expect(p.official.nip).toMatch(/^[0-9]{18}$/);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot(dataDir);
    const again = await seedDemo(dataDir);
    expect(again.changes).toEqual([]);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('puts back a removed certificate file and packet from the same chain, nothing else', async () => {
    const before = await snapshot(dataDir);
    const p12 = path.join(first.certificateInbox, 'verifikator-demo.p12');
    const zip = path.join(first.packetInbox, 'kcp-bontang-lengkap.zip');
    await rm(p12);
    await rm(zip);
    await writeFile(path.join(first.certificateInbox, 'README.txt'), 'diubah');
    const again = await seedDemo(dataDir);
    expect(again.changes.map((c) => [c.kind, path.basename(c.path)])).toEqual([
      ['certificate_file', 'verifikator-demo.p12'],
      ['readme', 'README.txt'],
      ['packet', 'kcp-bontang-lengkap.zip'],
    ]);
    const after = await snapshot(dataDir);
    for (const [file, facts] of before) {
      const rel = (p: string) => path.relative(dataDir, p);
      const hashOf = (s: string | undefined) => s?.split(' ')[0];
      // Folders change their own times when entries come and go; their contents are what count.
      if (facts.startsWith('dir ')) continue;
      if ([rel(p12), rel(zip), rel(path.join(first.certificateInbox, 'README.txt'))].includes(file)) {
        expect(hashOf(after.get(file)), file).toBe(hashOf(facts));
      } else {
        expect(after.get(file), file).toBe(facts);
      }
    }
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('hands the app certificates that import with the passphrase and sign a document trusted to the demo CA', async () => {
    const services = createAppServices({ host: 'web', dataDir, version: '0.0.0-test', signatureIssuer: first.signatureIssuer });
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const answer = await dispatch(calls, services.handlers, name, input);
      if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
      return answer.value;
    };
    try {
      const inbox = (await call('signing.listCertificateInbox', {})) as { entries: { name: string }[] };
      expect(inbox.entries.map((e) => e.name)).toEqual(['supervisor-demo.p12', 'verifikator-demo.p12']);
      const packets = (await call('packets.listInbox', {})) as { entries: { name: string }[] };
      expect(packets.entries).toHaveLength(samplePackets().length * 2);

      const ids = new Map<string, string>();
      for (const p of demoPeople) {
        const { token } = (await call('signing.chooseCertificateFromInbox', { name: p.fileName })) as { token: string };
        const imported = (await call('signing.importCertificate', { token, passphrase: DEMO_PASSPHRASE })) as { id: string; nip: string; issuerName: string };
        expect(imported).toMatchObject({ nip: p.official.nip, issuerName: 'Verikop Demo CA' });
        ids.set(p.role, imported.id);
      }

      const application = cleanApplication();
      const generated = (await call('documents.generate', {
        kind: 'verification_report',
        input: {
          application,
          findings: suggestedFindings(application, VERIFICATION_DATE as CalendarDate),
          number: '500.3/016/DKUKMP/2026',
          date: VERIFICATION_DATE,
          office: sampleOffice,
          team: [person('verifier').official],
          acknowledgedBy: person('supervisor').official,
        },
      })) as { sha256: string };
      const sign = async (documentSha256: string, role: 'verifier' | 'supervisor', field: string) =>
        ((await call('signing.sign', { documentSha256, certificateId: ids.get(role), passphrase: DEMO_PASSPHRASE, field, reason: 'Demo' })) as { sha256: string }).sha256;
      const signed = await sign(await sign(generated.sha256, 'verifier', 'tim_1'), 'supervisor', 'mengetahui');

      const report = (await call('signing.verify', { sha256: signed })) as { signatures: unknown[] };
      expect(report.signatures).toMatchObject([
        { field: 'tim_1', status: 'valid', chainTrusted: true, signerNip: person('verifier').official.nip },
        { field: 'mengetahui', status: 'valid', chainTrusted: true, coversWholeFile: true, signerNip: person('supervisor').official.nip },
      ]);
      const bytes = (await Vault.forDataDir(dataDir).read(signed)).bytes;
      expect((await pdfsig(bytes)).map((s) => s.validation)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
      const text = execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
      expect(text).toContain('Verikop Demo CA');
      expect(text).not.toContain('BSrE');
    } finally {
      await services.close();
    }
  });

  it('renews a chain about to lapse, keeping the old CA trusted so earlier signatures still verify', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-renew-'));
    const issued = new Date('2026-03-01T00:00:00Z');
    await seedDemo(dir, { now: issued });
    const oldP12 = await readFile(path.join(dir, 'certificates-inbox', 'verifikator-demo.p12'));
    const stillFine = await seedDemo(dir, { now: new Date('2027-09-01T00:00:00Z') });
    expect(stillFine.changes).toEqual([]);
    const renewed = await seedDemo(dir, { now: new Date('2028-02-25T00:00:00Z') });
    expect(renewed.changes.map((c) => c.kind)).toEqual(['demo_certificates', 'trust_anchor', 'certificate_file', 'certificate_file']);
    expect(Buffer.compare(await readFile(path.join(dir, 'certificates-inbox', 'verifikator-demo.p12')), oldP12)).not.toBe(0);
    expect(await readdir(path.join(dir, 'trust-anchors'))).toHaveLength(2);
  });

  it('says what to do when the demo folder is damaged, and changes nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verikop-demo-damaged-'));
    await seedDemo(dir);
    await rm(path.join(dir, 'demo', 'supervisor-demo.p12'));
    const before = await snapshot(dir);
    await expect(seedDemo(dir)).rejects.toMatchObject({ code: 'demo_damaged', message: expect.stringContaining('Hapus folder itu') as string });
    expect(await snapshot(dir)).toEqual(before);
  });
});
