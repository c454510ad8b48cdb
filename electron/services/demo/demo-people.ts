// Who the demo is played by: a verifier of the Tim Teknis and the Kepala Bidang who supervises,
// the same officials as the domain fixtures, so letters, packets and certificates agree. Their
// certificate files carry these names and NIPs; the passphrase is public on purpose (README).
import type { Official } from '../../../common/domain';
import { sampleSupervisor, sampleTeam } from '../../../common/domain/fixtures';
import { DEMO_CA_NAME } from '../signing/demo-pki';

export const DEMO_PASSPHRASE = 'verikop-demo';

export type DemoRole = 'verifier' | 'supervisor';

export interface DemoPerson {
  readonly role: DemoRole;
  readonly official: Official;
  /** Name of the .p12 in the certificate inbox (and in the demo store). */
  readonly fileName: string;
}

const verifier = sampleTeam[0];
if (verifier === undefined) throw new Error('The domain fixtures name no Tim Teknis member');

export const demoPeople: readonly DemoPerson[] = [
  { role: 'verifier', official: verifier, fileName: 'verifikator-demo.p12' },
  { role: 'supervisor', official: sampleSupervisor, fileName: 'supervisor-demo.p12' },
];

const roleLabel: Readonly<Record<DemoRole, string>> = { verifier: 'verifikator', supervisor: 'supervisor' };

/** The README.txt placed beside the demo certificates. Fixed text, so re-seeding leaves it alone. */
export function demoReadme(): string {
  const people = demoPeople.map(
    (p) =>
      `  ${p.fileName.padEnd(22)}${p.official.name} (${roleLabel[p.role]})\n` +
      `  ${''.padEnd(22)}${p.official.position}, NIP ${p.official.nip}`,
  );
  return `SERTIFIKAT DEMO VERIKOP - HANYA UNTUK DEMONSTRASI, TIDAK SAH UNTUK DINAS

Berkas .p12 di folder ini diterbitkan oleh "${DEMO_CA_NAME}", CA demo yang dibuat di perangkat
ini ketika mode demo disiapkan. Verikop di perangkat ini mempercayai CA demo tersebut, sehingga
tanda tangan dengan sertifikat ini dapat diperiksa di sini; tanda tangan itu tidak berkekuatan
hukum dan dokumen yang dihasilkan menyebut CA demo, bukan BSrE.

${people.join('\n')}

Kata sandi kedua berkas: ${DEMO_PASSPHRASE}

Cara memakai: di Verikop buka Pengaturan, bagian "Sertifikat tanda tangan elektronik", pilih
berkas dari daftar folder ini, lalu masukkan kata sandi di atas.
`;
}
