// Writes realistic application packets (docs/packet-format.md) from the domain fixtures: the
// clean Kota Bontang application, one variant failing each requirement R1–R8, and one whose
// parent branch is in Samarinda and which therefore carries the Wali Kota's approval. Each is
// written as a folder and as a .zip. Every document is a PDF made from the application's data,
// and the manifest carries each file's real size, SHA-256 and page count. Output is
// deterministic: the same fixtures always give byte-identical packets.
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Application, RequirementId } from '../../../common/domain/application';
import { applicationFailing, applicationWithRegionalApproval, cleanApplication } from '../../../common/domain/fixtures';
import { MANIFEST_NAME, PACKET_FORMAT_VERSION, type PacketManifestInput } from '../packets/manifest';
import { financialReport, operatingPermit, regionalApproval, startOfOperations } from './documents-branch';
import { competencyCertificate, headCv, memberList, staffList, workPlan } from './documents-subbranch';
import { PdfWriter } from './pdf-layout';

type Document = Application['documents'][number];

export interface PacketFiles {
  readonly manifest: PacketManifestInput;
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

export interface SamplePacket {
  /** Folder name, and the .zip's name without extension. */
  readonly name: string;
  readonly description: string;
  /** The requirement this packet is built to fail, if any. */
  readonly fails?: RequirementId;
  readonly application: Application;
}

export interface WrittenSample {
  readonly name: string;
  readonly description: string;
  readonly fails?: RequirementId;
  readonly folder: string;
  readonly zip: string;
}

const failureStories: Readonly<Record<RequirementId, string>> = {
  R1: 'izin operasional kantor cabang sudah habis masa berlakunya',
  R2: 'kantor cabang baru berjalan lima bulan',
  R3: 'hanya 17 anggota sah berdomisili di Kota Bontang',
  R4: 'laporan keuangan berakhir lebih dari setahun sebelum permohonan',
  R5: 'kantor cabang di Samarinda tanpa persetujuan Wali Kota Bontang',
  R6: 'rencana kerja hanya sebelas bulan',
  R7: 'tidak ada calon karyawan',
  R8: 'sertifikat kompetensi atas nama orang lain',
};

/** The sample applications, in the order they are written. */
export function samplePackets(): SamplePacket[] {
  const failing = (Object.keys(failureStories) as RequirementId[]).map((r) => ({
    name: `kcp-bontang-gagal-${r.toLowerCase()}`,
    description: `Gagal ${r}: ${failureStories[r]}.`,
    fails: r,
    application: applicationFailing[r](),
  }));
  return [
    { name: 'kcp-bontang-lengkap', description: 'Permohonan lengkap: memenuhi R1-R8 (R5 tidak berlaku).', application: cleanApplication() },
    ...failing,
    {
      name: 'kcp-bontang-persetujuan-wali-kota',
      description: 'Kantor cabang di Samarinda dengan persetujuan Wali Kota Bontang: R5 berlaku dan terpenuhi.',
      application: applicationWithRegionalApproval(),
    },
  ];
}

function renderer(a: Application, doc: Document): (w: PdfWriter, a: Application) => void {
  switch (doc.requirement) {
    case 'R1':
      return operatingPermit;
    case 'R2':
      return startOfOperations;
    case 'R3':
      return memberList;
    case 'R4':
      return financialReport;
    case 'R5':
      return regionalApproval;
    case 'R6':
      return workPlan;
    case 'R7':
      return doc.id === a.prospectiveHead?.cvDocumentId ? headCv : staffList;
    case 'R8':
      return competencyCertificate;
  }
}

/** Renders every listed document as a PDF and builds the manifest that describes them. */
export async function buildPacketFiles(application: Application): Promise<PacketFiles> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const documents: Document[] = [];
  const date = new Date(`${application.applicationDate}T09:00:00+08:00`);
  for (const doc of application.documents) {
    const writer = await PdfWriter.create({ title: doc.fileName, author: application.applicant.name, date });
    renderer(application, doc)(writer, application);
    const { bytes, pages } = await writer.finish();
    // Scans (JPEG/PNG) in the fixtures become PDFs here: the samples are generated, not scanned.
    const fileName = doc.fileName.replace(/\.(jpe?g|png)$/i, '.pdf');
    files.push({ name: fileName, bytes });
    documents.push({ ...doc, fileName, mediaType: 'application/pdf', size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), pages });
  }
  return { manifest: { formatVersion: PACKET_FORMAT_VERSION, application: { ...application, documents } }, files };
}

export const manifestBytes = (manifest: PacketManifestInput): Uint8Array => new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);

export async function writePacketFolder(dir: string, packet: PacketFiles): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(join(dir, MANIFEST_NAME), manifestBytes(packet.manifest));
  for (const file of packet.files) await fsp.writeFile(join(dir, file.name), file.bytes);
}

/** A fixed timestamp, so the same packet always zips to the same bytes. */
const ZIP_MTIME = new Date('2026-03-02T09:00:00+08:00');

export async function writePacketZip(path: string, packet: PacketFiles): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(manifestBytes(packet.manifest)), MANIFEST_NAME, { mtime: ZIP_MTIME, mode: 0o100644 });
  for (const file of packet.files) zip.addBuffer(Buffer.from(file.bytes), file.name, { mtime: ZIP_MTIME, mode: 0o100644 });
  zip.end();
  await fsp.mkdir(dirname(path), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(path));
}

/**
 * Writes every sample packet into `dir` as `<name>/` and `<name>.zip`, replacing earlier copies.
 * Used by `npm run samples`, the demo and the tests.
 */
export async function writeSamplePackets(dir: string): Promise<WrittenSample[]> {
  await fsp.mkdir(dir, { recursive: true });
  const written: WrittenSample[] = [];
  for (const sample of samplePackets()) {
    const packet = await buildPacketFiles(sample.application);
    const folder = join(dir, sample.name);
    const zip = join(dir, `${sample.name}.zip`);
    await fsp.rm(folder, { recursive: true, force: true });
    await writePacketFolder(folder, packet);
    await writePacketZip(zip, packet);
    written.push({ name: sample.name, description: sample.description, ...(sample.fails ? { fails: sample.fails } : {}), folder, zip });
  }
  return written;
}
