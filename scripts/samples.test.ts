// `npm run samples` end to end, judged by outside tools: pdfsig accepts every signature of the
// four letters, qpdf the files, and openssl verifies the demo signer certificates against the
// demo CA certificate written next to them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { pdfsigFile, qpdfCheckFile } from '../electron/services/signing/external-check';

it('writes packets, signed letters that pdfsig validates, the demo CA and previews', { timeout: 300_000 }, async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'verikop-samples-'));
  const previews = path.join(out, 'png');
  const run = spawnSync('npx', ['tsx', 'scripts/samples.ts', out, '--previews', previews], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);

  expect(existsSync(path.join(out, 'paket', 'kcp-bontang-lengkap.zip'))).toBe(true);
  expect(existsSync(path.join(out, 'paket', 'kcp-bontang-gagal-r8', 'manifest.json'))).toBe(true);

  for (const app of ['kcp-bontang-lengkap', 'kcp-bontang-gagal-r8']) {
    for (const [letter, fields] of [
      ['berita-acara-verifikasi.pdf', ['tim_1', 'mengetahui']],
      ['surat-rekomendasi.pdf', ['penandatangan']],
    ] as const) {
      const file = path.join(out, 'surat', app, letter);
      const sigs = await pdfsigFile(file);
      expect(sigs.map((s) => [s.field, s.validation])).toEqual(fields.map((f) => [f, 'Signature is Valid.']));
      expect(sigs.at(-1)?.totalDocumentSigned).toBe(true);
      expect((await qpdfCheckFile(file)).ok).toBe(true);
    }
  }

  const pki = path.join(out, 'pki');
  for (const p12 of ['verifikator-demo.p12', 'supervisor-demo.p12']) {
    const cert = path.join(out, `${p12}.pem`);
    execFileSync('openssl', ['pkcs12', '-in', path.join(pki, p12), '-passin', 'pass:verikop-demo', '-nokeys', '-clcerts', '-out', cert]);
    const verdict = execFileSync('openssl', ['verify', '-CAfile', path.join(pki, 'verikop-demo-ca.pem'), cert], { encoding: 'utf8' });
    expect(verdict.trim()).toBe(`${cert}: OK`);
  }

  expect(readdirSync(previews).filter((f) => f.endsWith('.png'))).toHaveLength(8);
});
