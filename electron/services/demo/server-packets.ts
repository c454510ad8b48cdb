// The applications the demo server assigns to the demo verifier. The sample packets are variants
// of one application (one id, for trying the local import and the checklist), but the server
// holds each application once, so the demo gives three of them their own id and registration
// number: one where every requirement is met, one failing R8, one where R5 applies and is met —
// the cases of the journey. Written as packet folders under the demo server's folder, once.
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { buildPacketFiles, samplePackets, writePacketFolder } from '../samples';

const chosen: readonly { readonly sample: string; readonly suffix: string; readonly number: string }[] = [
  { sample: 'kcp-bontang-lengkap', suffix: 'lengkap', number: 'PD/KCP-KSP/2026/000401' },
  { sample: 'kcp-bontang-gagal-r8', suffix: 'gagal-r8', number: 'PD/KCP-KSP/2026/000402' },
  { sample: 'kcp-bontang-persetujuan-wali-kota', suffix: 'wali-kota', number: 'PD/KCP-KSP/2026/000403' },
];

export interface DemoServerPacket {
  readonly folder: string;
  readonly applicationId: string;
  readonly registrationNumber: string;
}

/** The packet folders for the demo server's intake, written under `dir` when missing. */
export async function ensureDemoServerPackets(dir: string): Promise<DemoServerPacket[]> {
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const samples = new Map(samplePackets().map((s) => [s.name, s]));
  const packets: DemoServerPacket[] = [];
  for (const { sample, suffix, number } of chosen) {
    const found = samples.get(sample);
    if (found === undefined) throw new Error(`sample packet ${sample} is gone`);
    const application = { ...found.application, id: `${found.application.id}-${suffix}`, registrationNumber: number };
    const folder = join(dir, suffix);
    const present = await fsp.stat(folder).then(() => true, () => false);
    if (!present) {
      // Built aside and renamed: an interrupted first start leaves no half packet behind.
      const staging = join(dir, `.${suffix}.${randomUUID()}.tmp`);
      await writePacketFolder(staging, await buildPacketFiles(application));
      await fsp.rename(staging, folder);
    }
    packets.push({ folder, applicationId: application.id, registrationNumber: number });
  }
  return packets;
}
