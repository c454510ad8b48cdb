// The signing calls end to end on a real data folder: the certificate comes in through the
// dialog adapter and a token, the passphrase is checked and never written anywhere, signing
// stores a new vault file that pdfsig accepts, and verification trusts the configured CA.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/contract';
import { signingCalls } from '../../../common/contract/signing';
import { Vault } from '../vault/vault';
import { DemoCa } from './demo-pki';
import { pdfsig } from './external-check';
import { CertificateInbox, certificateInboxFor } from './certificate-inbox';
import { CertificateIntake } from './intake';
import { Keystore } from './keystore';
import { signingHandlers } from './service';
import { prepareSignatureField } from './signature-fields';
import { TrustAnchors } from './trust-anchors';

const ISSUED = new Date('2026-03-01T00:00:00Z');
const PASSPHRASE = 'Sandi-Rahasia-Budi-2026';

async function allFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('signing calls', () => {
  let dataDir: string;
  let p12File: string;
  let ca: DemoCa;
  let clock = new Date('2026-03-23T02:30:00Z');
  let call: (name: string, input: unknown) => ReturnType<typeof dispatch>;
  let documentSha256: string;
  let vault: Vault;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-signing-'));
    ca = DemoCa.create(ISSUED);
    p12File = path.join(dataDir, '..', `${path.basename(dataDir)}-budi.p12`);
    await writeFile(p12File, ca.issueSigner({ commonName: 'Budi Santoso', nip: '198501012010011001' }, PASSPHRASE, ISSUED).p12);
    const trust = TrustAnchors.forDataDir(dataDir);
    await trust.add(ca.certificateDer);
    vault = Vault.forDataDir(dataDir);
    const handlers = signingHandlers({
      vault,
      keystore: Keystore.forDataDir(dataDir, () => clock),
      trustAnchors: trust,
      intake: new CertificateIntake(() => Promise.resolve(p12File)),
      certificateInbox: new CertificateInbox(certificateInboxFor(dataDir)),
      now: () => clock,
    });
    call = (name, input) => dispatch(signingCalls, handlers, name, input);
    const doc = await PDFDocument.create();
    prepareSignatureField(doc, doc.addPage(), { name: 'penandatangan', x: 300, y: 100, width: 220, height: 70 });
    documentSha256 = (await vault.put(await doc.save({ useObjectStreams: false }), { mediaType: 'application/pdf' })).sha256;
  });

  it('imports a chosen .p12 only with the right passphrase, and never stores the passphrase', async () => {
    const chosen = await call('signing.chooseCertificateFile', {});
    expect(chosen).toMatchObject({ ok: true, value: { chosen: true, fileName: expect.stringMatching(/budi\.p12$/) as string } });
    const token = chosen.ok ? (chosen.value as { token: string }).token : '';
    expect(await call('signing.importCertificate', { token, passphrase: 'keliru' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    const imported = await call('signing.importCertificate', { token, passphrase: PASSPHRASE });
    expect(imported).toMatchObject({ ok: true, value: { subjectName: 'Budi Santoso', nip: '198501012010011001', issuerName: 'Verikop Demo CA' } });
    // The token is used up.
    expect(await call('signing.importCertificate', { token, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'choice_expired' } });
    const listed = await call('signing.listCertificates', {});
    expect(listed.ok && listed.value).toHaveLength(1);
    const stored = (await allFilesUnder(path.join(dataDir, 'keystore'))).filter((f) => f.endsWith('.p12'));
    expect(stored).toHaveLength(1);
    expect(Buffer.compare(await readFile(stored[0] ?? ''), await readFile(p12File))).toBe(0);
    for (const file of await allFilesUnder(dataDir)) {
      expect((await readFile(file)).includes(PASSPHRASE), file).toBe(false);
    }
  });

  it('signs a vault PDF into a new vault file that pdfsig and signing.verify accept', async () => {
    const [cert] = (await Keystore.forDataDir(dataDir).list());
    const input = { documentSha256, certificateId: cert?.id, passphrase: PASSPHRASE, field: 'penandatangan', reason: 'Persetujuan' };
    expect(await call('signing.sign', { ...input, passphrase: 'keliru' })).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    const signed = await call('signing.sign', input);
    expect(signed).toMatchObject({ ok: true, value: { field: 'penandatangan', signedAt: '2026-03-23T02:30:00.000Z' } });
    const sha256 = signed.ok ? (signed.value as { sha256: string }).sha256 : '';
    expect(sha256).not.toBe(documentSha256);
    const bytes = (await vault.read(sha256)).bytes;
    expect((await pdfsig(bytes)).map((s) => s.validation)).toEqual(['Signature is Valid.']);
    const verified = await call('signing.verify', { sha256 });
    expect(verified).toMatchObject({
      ok: true,
      value: { unsignedFields: [], signatures: [{ field: 'penandatangan', status: 'valid', chainTrusted: true, signerName: 'Budi Santoso' }] },
    });
  });

  it('refuses an expired certificate, a non-PDF file, and a removed certificate', async () => {
    const [cert] = await Keystore.forDataDir(dataDir).list();
    const input = { documentSha256, certificateId: cert?.id ?? '', passphrase: PASSPHRASE, field: 'penandatangan', reason: 'Persetujuan' };
    clock = new Date('2029-01-01T00:00:00Z');
    expect(await call('signing.sign', input)).toMatchObject({ ok: false, error: { code: 'certificate_expired' } });
    clock = new Date('2026-03-23T02:30:00Z');
    const json = await vault.put(Buffer.from('{"a":1}'), { mediaType: 'application/json' });
    expect(await call('signing.verify', { sha256: json.sha256 })).toMatchObject({ ok: false, error: { code: 'not_pdf' } });
    expect(await call('signing.removeCertificate', { certificateId: input.certificateId })).toEqual({ ok: true, value: { removed: true } });
    expect(await call('signing.sign', input)).toMatchObject({ ok: false, error: { code: 'certificate_not_found' } });
    expect(await call('signing.listCertificates', {})).toEqual({ ok: true, value: [] });
  });

  it('says plainly when the host has no file dialog', async () => {
    const handlers = signingHandlers({
      vault,
      keystore: Keystore.forDataDir(dataDir),
      trustAnchors: TrustAnchors.forDataDir(dataDir),
      intake: new CertificateIntake(undefined),
      certificateInbox: new CertificateInbox(certificateInboxFor(dataDir)),
    });
    expect(await dispatch(signingCalls, handlers, 'signing.chooseCertificateFile', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable_here' },
    });
  });
});
