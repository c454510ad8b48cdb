// PAdES signing and verification against the independent oracle: pdfsig must call every
// signature valid, qpdf must accept the file, openssl must see the PAdES attributes — and our
// verify() must say the same as pdfsig, also after tampering.
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as asn1js from 'asn1js';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFailure } from '../../../common/contract';
import { DemoCa } from './demo-pki';
import { opensslCmsPrint, pdfsig, qpdfCheck, type PdfsigSignature } from './external-check';
import { LocalP12Signer } from './p12-signer';
import { joinSigned, signPdf, type PadesOptions } from './pades';
import { listSignatureFields, prepareSignatureField } from './signature-fields';
import type { Signer, SignerDescription } from './signer';
import { verifyPdf, type VerificationReport } from './verify';

const ISSUED = new Date('2026-03-01T00:00:00Z');
const SIGNED_AT = new Date('2026-03-23T02:30:00Z');

async function twoFieldPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Berita Acara (contoh) - halaman satu', { x: 56, y: 780, font, size: 14 });
  const second = doc.addPage();
  second.drawText('Halaman dua: blok tanda tangan', { x: 56, y: 780, font, size: 14 });
  prepareSignatureField(doc, second, { name: 'verifikator', x: 56, y: 560, width: 220, height: 70 });
  prepareSignatureField(doc, second, { name: 'ketua_tim', x: 316, y: 560, width: 220, height: 70 });
  return doc.save({ useObjectStreams: false });
}

const options = (field: string): PadesOptions => ({ field, reason: 'Verifikasi teknis', location: 'Bontang', signedAt: SIGNED_AT });

/** Our verdicts, in pdfsig's terms, for comparison. */
const asPdfsig = (report: VerificationReport) =>
  report.signatures.map((s) => ({ field: s.field, valid: s.status === 'valid', total: s.coversWholeFile }));
const fromPdfsig = (sigs: PdfsigSignature[]) =>
  sigs.filter((s) => s.signed).map((s) => ({ field: s.field, valid: s.valid, total: s.totalDocumentSigned }));

async function contentsOf(pdf: Uint8Array, field: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const contents = listSignatureFields(doc).find((f) => f.name === field)?.value?.get(PDFName.of('Contents'));
  if (!(contents instanceof PDFHexString)) throw new Error(`no /Contents in ${field}`);
  return contents.asBytes();
}

const flip = (pdf: Uint8Array, at: number): Uint8Array => {
  const copy = Uint8Array.from(pdf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

describe('PAdES signing with a local PKCS#12 key', () => {
  let ca: DemoCa;
  let verifier: LocalP12Signer;
  let supervisor: LocalP12Signer;
  let unsigned: Uint8Array;
  let once: Uint8Array;
  let twice: Uint8Array;

  beforeAll(async () => {
    ca = DemoCa.create(ISSUED);
    verifier = LocalP12Signer.open(ca.issueSigner({ commonName: 'Budi Santoso, S.E.', nip: '198501012010011001' }, 'sandi-1', ISSUED).p12, 'sandi-1');
    supervisor = LocalP12Signer.open(ca.issueSigner({ commonName: 'Siti Aminah, S.H.', nip: '197902022005022002' }, 'sandi-2', ISSUED).p12, 'sandi-2');
    unsigned = await twoFieldPdf();
    once = joinSigned(await signPdf(unsigned, verifier, options('verifikator')));
    twice = joinSigned(await signPdf(once, supervisor, options('ketua_tim')));
  });

  it('signs a prepared field so that pdfsig finds the signature valid and covering the whole file', async () => {
    const sigs = await pdfsig(once);
    expect(sigs.map((s) => [s.field, s.signed, s.validation, s.totalDocumentSigned])).toEqual([
      ['verifikator', true, 'Signature is Valid.', true],
      ['ketua_tim', false, undefined, false],
    ]);
    const report = await verifyPdf(once, [ca.certificateDer]);
    expect(asPdfsig(report)).toEqual(fromPdfsig(sigs));
    expect(report.unsignedFields).toEqual(['ketua_tim']);
    expect(report.signatures[0]).toMatchObject({
      signerName: 'Budi Santoso, S.E.',
      signerNip: '198501012010011001',
      signedAt: SIGNED_AT.toISOString(),
      subFilter: 'ETSI.CAdES.detached',
      digestValid: true,
      signatureValid: true,
      byteRangeSound: true,
      padesBaseline: true,
      chainTrusted: true,
      certificateValidAtSigningTime: true,
      problems: [],
    });
  });

  it('keeps the unsigned bytes as a prefix: signing is an incremental update', () => {
    expect(Buffer.from(once.subarray(0, unsigned.length - 1)).equals(Buffer.from(unsigned.subarray(0, unsigned.length - 1)))).toBe(true);
    expect(Buffer.from(twice.subarray(0, once.length)).equals(Buffer.from(once))).toBe(true);
  });

  it('adds a second signature that leaves the first valid', async () => {
    const sigs = await pdfsig(twice);
    expect(sigs.map((s) => [s.field, s.validation, s.totalDocumentSigned])).toEqual([
      ['verifikator', 'Signature is Valid.', false],
      ['ketua_tim', 'Signature is Valid.', true],
    ]);
    const report = await verifyPdf(twice, [ca.certificateDer]);
    expect(asPdfsig(report)).toEqual(fromPdfsig(sigs));
    expect(report.signatures.map((s) => s.signerName)).toEqual(['Budi Santoso, S.E.', 'Siti Aminah, S.H.']);
    expect(report.signatures.every((s) => s.problems.length === 0)).toBe(true);
    expect(report.unsignedFields).toEqual([]);
  });

  it('produces files qpdf finds clean (exit 0: no warning, no reconstructed xref)', async () => {
    for (const pdf of [unsigned, once, twice]) {
      const verdict = await qpdfCheck(pdf);
      expect(verdict.ok, verdict.output).toBe(true);
    }
  });

  it('counts a file whose xref qpdf had to reconstruct as not clean', async () => {
    // The last startxref moved by one byte: qpdf repairs it with a warning (exit 3).
    const text = Buffer.from(once).toString('latin1');
    const at = text.lastIndexOf('startxref');
    const offset = /startxref\s+(\d+)/.exec(text.slice(at))?.[1] ?? '';
    const broken = Buffer.from(text.slice(0, at) + text.slice(at).replace(offset, String(Number(offset) + 1)), 'latin1');
    const verdict = await qpdfCheck(broken);
    expect([verdict.code, verdict.ok]).toEqual([3, false]);
  });

  it('embeds a CAdES signature with signing-certificate-v2 and without signing-time', async () => {
    for (const field of ['verifikator', 'ketua_tim']) {
      const printed = await opensslCmsPrint(await contentsOf(twice, field));
      expect(printed).toContain('signingCertificateV2');
      expect(printed).toContain('messageDigest');
      expect(printed).toContain('contentType');
      expect(printed).not.toMatch(/signingTime/i);
    }
  });

  it('reports a flipped byte in the first revision as a digest mismatch for both signatures, like pdfsig', async () => {
    const damaged = flip(twice, 12);
    const sigs = await pdfsig(damaged);
    expect(sigs.map((s) => s.validation)).toEqual(['Digest Mismatch.', 'Digest Mismatch.']);
    const report = await verifyPdf(damaged, [ca.certificateDer]);
    expect(asPdfsig(report)).toEqual(fromPdfsig(sigs));
    expect(report.signatures.map((s) => s.status)).toEqual(['digest_mismatch', 'digest_mismatch']);
    expect(report.signatures[0]?.problems[0]).toMatch(/telah berubah/);
  });

  it('reports a flipped byte in the second revision only against the second signature', async () => {
    const text = Buffer.from(twice).toString('latin1');
    const at = text.lastIndexOf('/Location <') + '/Location <'.length + 2;
    const damaged = flip(twice, at);
    const sigs = await pdfsig(damaged);
    expect(sigs.map((s) => s.validation)).toEqual(['Signature is Valid.', 'Digest Mismatch.']);
    const report = await verifyPdf(damaged, [ca.certificateDer]);
    expect(asPdfsig(report)).toEqual(fromPdfsig(sigs));
  });

  it('reports a corrupted signature value (outside the signed ranges) as invalid, like pdfsig', async () => {
    const report = await verifyPdf(once, [ca.certificateDer]);
    const [, gapStart = 0] = report.signatures[0]?.byteRange ?? [];
    // /Contents is zero-padded: the DER length says where the CMS ends.
    const cmsLength = asn1js.fromBER(await contentsOf(once, 'verifikator')).offset;
    // The RSA signature value is the last element of the CMS: change a hex digit inside it.
    const at = gapStart + 1 + 2 * (cmsLength - 10);
    const damaged = Uint8Array.from(once);
    damaged[at] = damaged[at] === 0x30 ? 0x31 : 0x30;
    const sigs = await pdfsig(damaged);
    expect(sigs[0]?.validation).toBe('Signature is Invalid.');
    const after = await verifyPdf(damaged, [ca.certificateDer]);
    expect(asPdfsig(after)).toEqual(fromPdfsig(sigs));
    expect(after.signatures[0]).toMatchObject({ status: 'invalid', digestValid: true, signatureValid: false });
  });

  it('flags bytes appended after the last signature, as pdfsig does', async () => {
    const appended = Buffer.concat([twice, Buffer.from('\n% tambahan\n')]);
    const sigs = await pdfsig(appended);
    const report = await verifyPdf(appended, [ca.certificateDer]);
    expect(asPdfsig(report)).toEqual(fromPdfsig(sigs));
    expect(report.signatures[1]?.coversWholeFile).toBe(false);
    expect(report.signatures[1]?.problems.join(' ')).toMatch(/tidak ditandatangani setelah tanda tangan terakhir/);
  });

  it('does not trust a chain that leads to an unconfigured CA', async () => {
    const other = DemoCa.create(ISSUED);
    const report = await verifyPdf(twice, [other.certificateDer]);
    expect(report.signatures.map((s) => [s.status, s.chainTrusted])).toEqual([
      ['valid', false],
      ['valid', false],
    ]);
    expect(report.signatures[0]?.problems.join(' ')).toMatch(/tidak berasal dari penerbit sertifikat yang dipercaya/);
  });

  it('refuses to sign a field twice, a field that does not exist, and a broken file', async () => {
    const failures = await Promise.all([
      signPdf(once, supervisor, options('verifikator')).catch((e: unknown) => e),
      signPdf(once, supervisor, options('kepala_dinas')).catch((e: unknown) => e),
      signPdf(Buffer.from('bukan pdf'), supervisor, options('verifikator')).catch((e: unknown) => e),
    ]);
    expect(failures.map((e) => (isFailure(e) ? e.code : String(e)))).toEqual([
      'signature_field_signed',
      'signature_field_missing',
      'pdf_unreadable',
    ]);
  });
});

/**
 * FAKE remote signer, for this test only: stands in for an online signing service (BSrE) that
 * keeps the key, fetches the chain over the network and signs the attributes after a one-time
 * code. It shows that a signer which is not a local .p12 plugs into signPdf unchanged.
 */
class FakeRemoteSigner implements Signer {
  readonly calls: string[] = [];
  constructor(
    private readonly local: Signer,
    private readonly oneTimeCode: string,
  ) {}

  async certificateChain(): Promise<readonly Uint8Array[]> {
    this.calls.push('chain');
    await new Promise((r) => setTimeout(r, 5));
    return this.local.certificateChain();
  }

  async signSignedAttributes(der: Uint8Array): Promise<Uint8Array> {
    this.calls.push(`sign:${this.oneTimeCode}`);
    await new Promise((r) => setTimeout(r, 5));
    return this.local.signSignedAttributes(der);
  }

  describe(): SignerDescription {
    return { ...this.local.describe(), kind: 'remote' };
  }
}

describe('a signer that is not a local .p12', () => {
  it('signs through the same interface (FAKE remote service)', async () => {
    const ca = DemoCa.create(ISSUED);
    const local = LocalP12Signer.open(ca.issueSigner({ commonName: 'Remote Signer', nip: '198501012010011001' }, 'x', ISSUED).p12, 'x');
    const remote = new FakeRemoteSigner(local, '123456');
    const signed = joinSigned(await signPdf(await twoFieldPdf(), remote, options('verifikator')));
    expect(remote.calls).toEqual(['chain', 'sign:123456']);
    expect((await pdfsig(signed))[0]?.validation).toBe('Signature is Valid.');
    expect((await verifyPdf(signed, [ca.certificateDer])).signatures[0]).toMatchObject({ status: 'valid', chainTrusted: true, padesBaseline: true });
  });
});

describe('PKCS#12 files', () => {
  it('opens a .p12 written by the openssl command with its default (AES-256, PBKDF2) protection', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verikop-p12-'));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    const p12 = path.join(dir, 'signer.p12');
    const quiet = { stdio: 'ignore' } as const;
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=Rina Wulandari/serialNumber=199001012015032001/C=ID'], quiet);
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', 'pass:kunci rahasia'], quiet);
    const info = spawnSync('openssl', ['pkcs12', '-info', '-in', p12, '-passin', 'pass:kunci rahasia', '-noout'], { encoding: 'utf8' });
    expect(info.stderr).toContain('AES-256-CBC');
    const signer = LocalP12Signer.open(readFileSync(p12), 'kunci rahasia');
    expect(signer.describe()).toMatchObject({ kind: 'local-p12', signerName: 'Rina Wulandari', signerNip: '199001012015032001', issuerName: 'Rina Wulandari' });
    const signed = joinSigned(await signPdf(await twoFieldPdf(), signer, { ...options('verifikator'), signedAt: new Date() }));
    expect((await pdfsig(signed))[0]?.validation).toBe('Signature is Valid.');
    const anchor = new X509Certificate(readFileSync(cert)).raw;
    const report = await verifyPdf(signed, [anchor]);
    expect(report.signatures[0]).toMatchObject({ status: 'valid', chainTrusted: true });
  });

  it('answers a wrong passphrase with an Indonesian failure that does not echo the passphrase', () => {
    const ca = DemoCa.create(ISSUED);
    const { p12 } = ca.issueSigner({ commonName: 'Budi', nip: '198501012010011001' }, 'benar', ISSUED);
    let caught: unknown;
    try {
      LocalP12Signer.open(p12, 'salah-sekali');
    } catch (error) {
      caught = error;
    }
    expect(isFailure(caught) && caught.code).toBe('wrong_passphrase');
    expect((caught as Error).message).toMatch(/Kata sandi sertifikat salah/);
    expect((caught as Error).message).not.toContain('salah-sekali');
  });

  it('refuses bytes that are not a PKCS#12 file', () => {
    expect(() => LocalP12Signer.open(Buffer.from('bukan sertifikat'), 'x')).toThrow(/tidak dapat dibaca/);
  });
});
