// The signer hands back the signed file as two parts (the input, not copied, and the increment)
// and the vault stores them without joining them. This checks that nothing is lost on that path:
// the parts joined are a file pdfsig validates, and the vault holds exactly those bytes under
// their SHA-256 — also for a second signature over the stored file.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../vault/vault';
import { DemoCa } from './demo-pki';
import { pdfsig, qpdfCheck } from './external-check';
import { LocalP12Signer } from './p12-signer';
import { joinSigned, signPdf, type PadesOptions } from './pades';
import { prepareSignatureField } from './signature-fields';

const ISSUED = new Date('2026-03-01T00:00:00Z');
const options = (field: string): PadesOptions => ({ field, reason: 'Persetujuan', location: 'Bontang', signedAt: new Date('2026-03-23T02:30:00Z') });
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('a signed PDF as parts, stored by the vault', () => {
  let dataDir: string;
  let vault: Vault;
  let signer: LocalP12Signer;
  let unsigned: Uint8Array;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-signed-parts-'));
    vault = Vault.forDataDir(dataDir);
    signer = LocalP12Signer.open(DemoCa.create(ISSUED).issueSigner({ commonName: 'Siti Aminah', nip: '197902022005022002' }, 'x', ISSUED).p12, 'x');
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    prepareSignatureField(doc, page, { name: 'verifikator', x: 56, y: 100, width: 220, height: 70 });
    prepareSignatureField(doc, page, { name: 'mengetahui', x: 316, y: 100, width: 220, height: 70 });
    unsigned = await doc.save({ useObjectStreams: false });
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves the input untouched as the first part; the parts joined are what pdfsig validates and the vault stores', async () => {
    const before = Uint8Array.from(unsigned);
    const signed = await signPdf(unsigned, signer, options('verifikator'));
    const [input, increment] = signed.parts;
    expect(input).toBe(unsigned); // the same buffer, not a copy
    expect(Buffer.from(unsigned).equals(Buffer.from(before))).toBe(true);
    expect(signed.byteLength).toBe(input.byteLength + increment.byteLength);

    const joined = joinSigned(signed);
    const sigs = await pdfsig(joined);
    expect(sigs.map((s) => [s.field, s.validation, s.totalDocumentSigned])).toEqual([
      ['verifikator', 'Signature is Valid.', true],
      ['mengetahui', undefined, false],
    ]);
    expect((await qpdfCheck(joined)).ok).toBe(true);

    const stored = await vault.put(signed.parts, { mediaType: 'application/pdf' });
    expect(stored).toEqual({ sha256: sha(joined), size: joined.byteLength, mediaType: 'application/pdf', created: true });
    const file = path.join(vault.root, stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256);
    expect((await readFile(file)).equals(Buffer.from(joined))).toBe(true);
  });

  it('signs the stored file again: the new parts stored are a file with both signatures valid', async () => {
    const first = await vault.put((await signPdf(unsigned, signer, options('verifikator'))).parts, { mediaType: 'application/pdf' });
    const once = (await vault.read(first.sha256)).bytes;
    const twice = await signPdf(once, signer, options('mengetahui'));
    const stored = await vault.put(twice.parts, { mediaType: 'application/pdf' });
    const bytes = (await vault.read(stored.sha256)).bytes;
    expect(Buffer.from(bytes).equals(Buffer.from(joinSigned(twice)))).toBe(true);
    expect(stored.sha256).toBe(sha(bytes));
    expect((await pdfsig(bytes)).map((s) => [s.field, s.validation, s.totalDocumentSigned])).toEqual([
      ['verifikator', 'Signature is Valid.', false],
      ['mengetahui', 'Signature is Valid.', true],
    ]);
  });
});
