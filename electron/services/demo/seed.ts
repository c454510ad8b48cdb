// Demo mode's data, laid down in an installation's data directory so that the app, as it is,
// has something to work on: a demo certificate chain (the CA trusted here, a certificate for the
// demo verifier and the demo supervisor waiting in the certificate inbox with a README naming
// the passphrase) and the sample application packets waiting in the packet inbox.
//
// Seeding is idempotent: each piece is written only when it is missing or differs, so a second
// run changes nothing, and a piece someone removed comes back. Plain Node (no electron import),
// so the web host's `--demo` and, later, Electron's demo mode call the same function.
import { randomUUID } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { buildPacketFiles, samplePackets, writePacketFolder, writePacketZip } from '../samples';
import { certificateInboxFor } from '../signing/certificate-inbox';
import { DEMO_CA_NAME } from '../signing/demo-pki';
import { TrustAnchors } from '../signing/trust-anchors';
import { DEMO_PASSPHRASE, demoPeople, demoReadme, type DemoPerson } from './demo-people';
import { demoStoreFor, ensureDemoPki } from './demo-store';

export interface DemoSeedOptions {
  /** Default `<dataDir>/certificates-inbox`, as the signing area reads it. */
  readonly certificateInbox?: string;
  /** Default `<dataDir>/inbox`, as the packet area reads it. */
  readonly packetInbox?: string;
  readonly now?: Date;
}

export type DemoChangeKind = 'demo_certificates' | 'trust_anchor' | 'certificate_file' | 'readme' | 'packet';

export interface DemoChange {
  readonly kind: DemoChangeKind;
  readonly path: string;
}

export interface DemoSeed {
  /** What generated documents must name as the certificate issuer (the demo CA, not BSrE). */
  readonly signatureIssuer: string;
  readonly passphrase: string;
  readonly certificateInbox: string;
  readonly packetInbox: string;
  readonly people: readonly DemoPerson[];
  /** What this run wrote; empty when everything was already in place. */
  readonly changes: readonly DemoChange[];
}

async function sameBytes(path: string, bytes: Uint8Array): Promise<boolean> {
  const existing = await fsp.readFile(path).catch(() => undefined);
  return existing !== undefined && Buffer.compare(existing, bytes) === 0;
}

// Temporary file, fsync, rename: a reader of the inbox never sees half a file.
async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  const handle = await fsp.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tmp, path);
}

/** Writes `bytes` at `path` unless it already holds exactly them; says whether it wrote. */
async function ensureFile(path: string, bytes: Uint8Array): Promise<boolean> {
  if (await sameBytes(path, bytes)) return false;
  await writeAtomic(path, bytes);
  return true;
}

const exists = (path: string): Promise<boolean> =>
  fsp.lstat(path).then(
    () => true,
    () => false,
  );

// Each sample packet as `<name>/` and `<name>.zip`; one already present is left as it is
// (sample packets are deterministic, and a person may be looking at them).
async function ensurePackets(inbox: string): Promise<DemoChange[]> {
  await fsp.mkdir(inbox, { recursive: true, mode: 0o700 });
  const changes: DemoChange[] = [];
  for (const sample of samplePackets()) {
    const folder = join(inbox, sample.name);
    const zip = join(inbox, `${sample.name}.zip`);
    const [hasFolder, hasZip] = [await exists(folder), await exists(zip)];
    if (hasFolder && hasZip) continue;
    const packet = await buildPacketFiles(sample.application);
    if (!hasFolder) {
      // Built aside and renamed, so the inbox never lists a half-written packet folder.
      const staging = join(inbox, `.${sample.name}.${randomUUID()}.tmp`);
      await writePacketFolder(staging, packet);
      await fsp.rename(staging, folder);
      changes.push({ kind: 'packet', path: folder });
    }
    if (!hasZip) {
      const staging = join(inbox, `.${sample.name}.${randomUUID()}.zip.tmp`);
      await writePacketZip(staging, packet);
      await fsp.rename(staging, zip);
      changes.push({ kind: 'packet', path: zip });
    }
  }
  return changes;
}

async function ensureTrusted(dataDir: string, caDer: Uint8Array): Promise<DemoChange[]> {
  const anchors = TrustAnchors.forDataDir(dataDir);
  const trusted = await anchors.load();
  if (trusted.some((der) => Buffer.compare(der, caDer) === 0)) return [];
  await anchors.add(caDer);
  return [{ kind: 'trust_anchor', path: anchors.dir }];
}

async function ensureCertificateInbox(inbox: string, p12: ReadonlyMap<string, Uint8Array>): Promise<DemoChange[]> {
  await fsp.mkdir(inbox, { recursive: true, mode: 0o700 });
  const changes: DemoChange[] = [];
  for (const person of demoPeople) {
    const bytes = p12.get(person.fileName);
    if (bytes === undefined) throw new Error(`demo store lacks ${person.fileName}`);
    const path = join(inbox, person.fileName);
    if (await ensureFile(path, bytes)) changes.push({ kind: 'certificate_file', path });
  }
  const readme = join(inbox, 'README.txt');
  if (await ensureFile(readme, Buffer.from(demoReadme(), 'utf8'))) changes.push({ kind: 'readme', path: readme });
  return changes;
}

/** Lays down (or completes) the demo data in `dataDir`; see the file comment. */
export async function seedDemo(dataDir: string, options: DemoSeedOptions = {}): Promise<DemoSeed> {
  const certificateInbox = options.certificateInbox ?? certificateInboxFor(dataDir);
  const packetInbox = options.packetInbox ?? join(dataDir, 'inbox');
  await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const { pki, created } = await ensureDemoPki(dataDir, options.now ?? new Date());
  const changes: DemoChange[] = created ? [{ kind: 'demo_certificates', path: demoStoreFor(dataDir) }] : [];
  changes.push(...(await ensureTrusted(dataDir, pki.caDer)));
  changes.push(...(await ensureCertificateInbox(certificateInbox, pki.p12)));
  changes.push(...(await ensurePackets(packetInbox)));
  return { signatureIssuer: DEMO_CA_NAME, passphrase: DEMO_PASSPHRASE, certificateInbox, packetInbox, people: demoPeople, changes };
}
