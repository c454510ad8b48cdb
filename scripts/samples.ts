// `npm run samples -- <dir> [--previews <png-dir>]`: writes what a person needs to see Verikop's
// output and check it with their own tools —
//   <dir>/paket/   the sample application packets (folder and .zip each)
//   <dir>/surat/   for the clean application and one failing application (R8): the Berita Acara
//                  signed by a demo verifier and a demo supervisor, and the Surat Rekomendasi
//                  signed by the supervisor
//   <dir>/pki/     the demo CA certificate (trust it to validate), and the two demo .p12 files
// The demo CA and certificates are made fresh on every run (node:crypto + node-forge).
// With --previews, the first and last page of each letter are also rendered to PNG (pdftoppm -r 80).
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CalendarDate } from '../common/domain';
import { sampleSupervisor, sampleTeam, VERIFICATION_DATE } from '../common/domain/fixtures';
import { loadFontFiles } from '../electron/services/documents';
import { signedSampleLetters, type SampleSigner } from '../electron/services/documents/sample-letters';
import { samplePackets, writeSamplePackets } from '../electron/services/samples';
import { DemoCa, DEMO_CA_NAME, LocalP12Signer, verifyPdf } from '../electron/services/signing';
import { pdfsigFile } from '../electron/services/signing/external-check';

const DEMO_PASSPHRASE = 'verikop-demo';
const LETTER_APPLICATIONS = ['kcp-bontang-lengkap', 'kcp-bontang-gagal-r8'] as const;
const VERIFICATION_BASE_URL = 'https://verikop.bontangkota.go.id/verifikasi';

function parseArgs(argv: readonly string[]): { dir: string; previews: string | undefined } {
  const rest = [...argv];
  let previews: string | undefined;
  const at = rest.indexOf('--previews');
  if (at >= 0) {
    previews = rest[at + 1];
    rest.splice(at, 2);
  }
  const dir = rest[0];
  if (dir === undefined || dir.startsWith('-') || (at >= 0 && previews === undefined)) {
    console.error('Pemakaian: npm run samples -- <folder-keluaran> [--previews <folder-png>]');
    process.exit(2);
  }
  return { dir: path.resolve(dir), previews: previews === undefined ? undefined : path.resolve(previews) };
}

async function demoPki(dir: string, now: Date): Promise<{ ca: DemoCa; verifier: SampleSigner; supervisor: SampleSigner }> {
  const ca = DemoCa.create(now);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'verikop-demo-ca.pem'), ca.certificatePem);
  const issue = async (file: string, official: SampleSigner['official']): Promise<SampleSigner> => {
    const { p12 } = ca.issueSigner({ commonName: official.name, nip: official.nip }, DEMO_PASSPHRASE, now);
    await writeFile(path.join(dir, file), p12);
    return { official, signer: LocalP12Signer.open(p12, DEMO_PASSPHRASE) };
  };
  const verifierOfficial = sampleTeam[0];
  if (verifierOfficial === undefined) throw new Error('sampleTeam is empty');
  return { ca, verifier: await issue('verifikator-demo.p12', verifierOfficial), supervisor: await issue('supervisor-demo.p12', sampleSupervisor) };
}

const readme = (): string => `Contoh keluaran Verikop (dibuat oleh \`npm run samples\`)

paket/  Paket permohonan contoh (folder dan .zip), termasuk satu yang memenuhi semua persyaratan
        dan satu yang gagal untuk setiap persyaratan R1-R8.
surat/  Berita Acara Verifikasi dan Surat Rekomendasi bertanda tangan elektronik (PAdES) untuk
        permohonan lengkap (rekomendasi penerbitan) dan permohonan gagal R8 (rekomendasi penolakan).
pki/    verikop-demo-ca.pem: sertifikat CA demo ("${DEMO_CA_NAME}") yang menerbitkan sertifikat
        penanda tangan. verifikator-demo.p12 dan supervisor-demo.p12: sertifikat demo dengan kata
        sandi "${DEMO_PASSPHRASE}". SEMUA SERTIFIKAT INI HANYA UNTUK DEMONSTRASI, TIDAK SAH UNTUK DINAS.

Memeriksa tanda tangan dengan alat sendiri:
  pdfsig surat/kcp-bontang-lengkap/berita-acara-verifikasi.pdf
      setiap tanda tangan: "Signature is Valid."; tanda tangan terakhir: "Total document signed".
  qpdf --check surat/kcp-bontang-lengkap/surat-rekomendasi.pdf
  Di pembaca PDF (mis. Okular, Adobe Acrobat Reader): percayai pki/verikop-demo-ca.pem sebagai
  CA, maka rantai sertifikat penanda tangan dinyatakan tepercaya.

Alamat pada kode QR (${VERIFICATION_BASE_URL}/...) adalah contoh alamat server verifikasi.
`;

async function writeLetters(dir: string, pki: Awaited<ReturnType<typeof demoPki>>, now: Date): Promise<string[]> {
  const fonts = await loadFontFiles();
  const applications = samplePackets().filter((p) => (LETTER_APPLICATIONS as readonly string[]).includes(p.name));
  const files: string[] = [];
  for (const [i, sample] of applications.entries()) {
    const letters = await signedSampleLetters({
      application: sample.application,
      verificationDate: VERIFICATION_DATE as CalendarDate,
      letterDate: '2026-03-31' as CalendarDate,
      sequence: 16 + 2 * i,
      verifier: pki.verifier,
      supervisor: pki.supervisor,
      verificationBaseUrl: VERIFICATION_BASE_URL,
      context: { fonts, signatureIssuer: DEMO_CA_NAME, now, loadPhoto: () => Promise.reject(new Error('Sampel tanpa foto')) },
      signedAt: now,
    });
    const folder = path.join(dir, sample.name);
    await mkdir(folder, { recursive: true });
    for (const [name, bytes] of [
      ['berita-acara-verifikasi.pdf', letters.verificationReport],
      ['surat-rekomendasi.pdf', letters.recommendationLetter],
    ] as const) {
      const file = path.join(folder, name);
      await writeFile(file, bytes);
      await report(file, bytes, pki.ca.certificateDer);
      files.push(file);
    }
  }
  return files;
}

/** Prints our verdict and, where poppler is installed, pdfsig's. */
async function report(file: string, bytes: Uint8Array, anchor: Uint8Array): Promise<void> {
  const ours = await verifyPdf(bytes, [anchor]);
  const theirs = await pdfsigFile(file).catch(() => undefined);
  console.log(`  ${path.basename(path.dirname(file))}/${path.basename(file)}`);
  for (const s of ours.signatures) {
    const poppler = theirs?.find((t) => t.field === s.field);
    const popplerText = poppler === undefined ? '' : `; pdfsig: ${poppler.validation ?? '-'}${poppler.totalDocumentSigned ? ', Total document signed' : ''}`;
    console.log(`    ${s.field}: ${s.signerName ?? '?'} — ${s.status}${s.chainTrusted ? ', rantai tepercaya' : ''}${popplerText}`);
  }
}

/** First page (letterhead, number, opening) and last page (signatures, QR) of each letter. */
function renderPreviews(files: readonly string[], dir: string, outDir: string): void {
  for (const file of files) {
    const name = path.relative(dir, file).replace(/\.pdf$/, '').replace(/[\\/]/g, '--');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '1');
    for (const [page, suffix] of [
      [1, 'halaman-1'],
      [pages, 'halaman-terakhir'],
    ] as const) {
      const target = path.join(outDir, `${name}--${suffix}`);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, target]);
    }
  }
}

async function main(): Promise<void> {
  const { dir, previews } = parseArgs(process.argv.slice(2));
  const now = new Date();
  console.log(`Menulis contoh ke ${dir}`);
  const packets = await writeSamplePackets(path.join(dir, 'paket'));
  console.log(`  ${String(packets.length)} paket permohonan di paket/`);
  const pki = await demoPki(path.join(dir, 'pki'), now);
  console.log('  CA demo dan sertifikat demo di pki/');
  await rm(path.join(dir, 'surat'), { recursive: true, force: true });
  const letters = await writeLetters(path.join(dir, 'surat'), pki, now);
  await writeFile(path.join(dir, 'BACA-SAYA.txt'), readme());
  if (previews !== undefined) {
    await mkdir(previews, { recursive: true });
    renderPreviews(letters, path.join(dir, 'surat'), previews);
    console.log(`  Pratinjau PNG di ${previews}`);
  }
}

await main();
