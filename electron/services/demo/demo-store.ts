// The demo certificate chain of one installation, kept under `<dataDir>/demo/` so that seeding
// again reuses it instead of minting a new CA each start: the demo CA certificate, each demo
// person's .p12, and when the signer certificates stop being valid. The folder is built aside
// and renamed into place, so it is either complete or absent; a chain about to expire is
// replaced by a fresh one (signatures made with the old one stay verifiable: its CA stays trusted).
import { X509Certificate, randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Failure } from '../../../common/contract';
import { DemoCa } from '../signing/demo-pki';
import { DEMO_PASSPHRASE, demoPeople } from './demo-people';

export interface DemoPki {
  readonly caDer: Uint8Array;
  readonly caPem: string;
  /** The .p12 of each demo person, by file name. */
  readonly p12: ReadonlyMap<string, Uint8Array>;
}

const CA_FILE = 'demo-ca.pem';
const FACTS_FILE = 'demo.json';
const factsSchema = z.object({ signersValidTo: z.iso.datetime() });
// Replace the chain a week before the signer certificates lapse, so a demo never fails mid-way.
const RENEW_BEFORE_MS = 7 * 24 * 3_600_000;

export const demoStoreMessages = {
  damaged: (dir: string) =>
    `Folder demo (${dir}) tidak lengkap atau rusak. Hapus folder itu, lalu jalankan mode demo lagi untuk membuat sertifikat demo baru.`,
} as const;

export const demoStoreFor = (dataDir: string): string => join(dataDir, 'demo');

async function read(dir: string): Promise<{ pki: DemoPki; signersValidTo: Date }> {
  try {
    const caPem = await fsp.readFile(join(dir, CA_FILE), 'utf8');
    const facts = factsSchema.parse(JSON.parse(await fsp.readFile(join(dir, FACTS_FILE), 'utf8')));
    const p12 = new Map<string, Uint8Array>();
    for (const person of demoPeople) p12.set(person.fileName, await fsp.readFile(join(dir, person.fileName)));
    const caDer = Uint8Array.from(new X509Certificate(caPem).raw);
    return { pki: { caDer, caPem, p12 }, signersValidTo: new Date(facts.signersValidTo) };
  } catch {
    throw new Failure('demo_damaged', demoStoreMessages.damaged(dir));
  }
}

async function create(dataDir: string, dir: string, now: Date): Promise<void> {
  const ca = DemoCa.create(now);
  const staging = join(dataDir, `.demo-${randomUUID()}.tmp`);
  await fsp.mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    let signersValidTo = '';
    for (const person of demoPeople) {
      const { p12, certificateDer } = ca.issueSigner({ commonName: person.official.name, nip: person.official.nip }, DEMO_PASSPHRASE, now);
      signersValidTo = new Date(new X509Certificate(certificateDer).validTo).toISOString();
      await fsp.writeFile(join(staging, person.fileName), p12, { mode: 0o600 });
    }
    await fsp.writeFile(join(staging, CA_FILE), ca.certificatePem, { mode: 0o600 });
    await fsp.writeFile(join(staging, FACTS_FILE), `${JSON.stringify({ signersValidTo }, null, 2)}\n`, { mode: 0o600 });
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.rename(staging, dir);
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

/** The installation's demo chain, made (or renewed) when needed; `created` says whether it was. */
export async function ensureDemoPki(dataDir: string, now: Date): Promise<{ pki: DemoPki; created: boolean }> {
  const dir = demoStoreFor(dataDir);
  const exists = await fsp.stat(dir).then(
    () => true,
    () => false,
  );
  if (exists) {
    const stored = await read(dir);
    if (stored.signersValidTo.getTime() - RENEW_BEFORE_MS > now.getTime()) return { pki: stored.pki, created: false };
  }
  await create(dataDir, dir, now);
  return { pki: (await read(dir)).pki, created: true };
}
