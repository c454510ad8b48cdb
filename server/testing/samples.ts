// Sample applications with real document bytes stored as blobs, imported the way the admin's
// packet intake does it, and a path through the workflow. For tests of the server and the client.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApplicationInput } from '../../common/domain';
import { actorOf, findingOperations, nextOpId, sampleApplication, workflowOperation } from '../../common/sync/fixtures';
import type { OperationInput, RawOperation } from '../../common/sync';
import { importApplication, parseApplication } from '../applications/intake';
import type { TestServer } from './harness';

/**
 * Bytes standing in for a packet document: the right first bytes for its type (what intake
 * checks), not a real PDF or JPEG — the server never renders them.
 */
export function sampleDocumentBytes(applicationId: string, documentId: string, mediaType = 'application/pdf'): Buffer {
  const text = `Verikop sample ${applicationId}/${documentId}\n`;
  if (mediaType === 'image/jpeg') return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);
  return Buffer.from(`%PDF-1.7\n% ${text}%%EOF\n`, 'utf8');
}

/** The sample application whose documents list the hashes and sizes of sampleDocumentBytes. */
export function sampleWithDocuments(id: string): { input: ApplicationInput; files: Buffer[] } {
  const input = sampleApplication(id);
  const files = input.documents.map((doc) => {
    const bytes = sampleDocumentBytes(id, doc.id, doc.mediaType);
    doc.sha256 = createHash('sha256').update(bytes).digest('hex');
    doc.size = bytes.length;
    return bytes;
  });
  return { input, files };
}

/** Writes the sample as a packet folder (docs/packet-format.md): manifest.json and the files. */
export async function writeSamplePacket(dir: string, id: string): Promise<void> {
  const { input, files } = sampleWithDocuments(id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ formatVersion: 1, application: input }, null, 2));
  for (const [i, doc] of input.documents.entries()) await writeFile(path.join(dir, doc.fileName), files[i] ?? Buffer.alloc(0));
}

/** Stores the documents, then imports the application with their real hashes. */
export async function importSample(server: TestServer, id: string, assignee: string | null): Promise<{ documentShas: string[] }> {
  const { input, files } = sampleWithDocuments(id);
  const documentShas: string[] = [];
  for (const bytes of files) documentShas.push(await server.ctx.blobs.put(bytes));
  await importApplication(server.db, parseApplication(input), assignee, server.ctx.clock());
  return { documentShas };
}

export const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';

const asRaw = (ops: readonly OperationInput[]): RawOperation[] => ops.map((o) => JSON.parse(JSON.stringify(o)) as RawOperation);

/** Pushes through the service (not HTTP) and insists every operation is accepted. */
export async function pushAccepted(server: TestServer, user: { id: string; role: 'verifier' | 'supervisor' | 'admin'; displayName: string }, ops: readonly OperationInput[]): Promise<void> {
  const result = await server.ctx.sync.push(actorOf({ ...user, active: true }), CLIENT_ID, asRaw(ops), server.ctx.clock());
  if (result.kind !== 'answers') throw new Error(`ids reused: ${result.operationIds.join(', ')}`);
  const refused = result.answers.filter((a) => a.status !== 'accepted');
  if (refused.length > 0) throw new Error(`not accepted: ${JSON.stringify(refused)}`);
}

export interface People {
  readonly verifier: { id: string; displayName: string };
  readonly supervisor: { id: string; displayName: string };
}

/**
 * Takes an application from received to signed: the verifier records the sample findings and
 * submits, the supervisor approves, attaches a signed letter (stored as a blob) and signs.
 */
export async function signSample(server: TestServer, applicationId: string, letterId: string, people: People): Promise<{ letterSha: string }> {
  const verifier = { ...people.verifier, role: 'verifier' as const };
  const supervisor = { ...people.supervisor, role: 'supervisor' as const };
  await pushAccepted(server, verifier, [workflowOperation(applicationId, 'start_verification'), ...findingOperations(applicationId), workflowOperation(applicationId, 'submit_for_approval')]);
  const letterSha = await server.ctx.blobs.put(Buffer.from(`%PDF-1.7\n% signed recommendation ${letterId}\n%%EOF\n`));
  const attach: OperationInput = {
    id: nextOpId(),
    type: 'document.attach',
    applicationId,
    document: { id: letterId, kind: 'recommendation_letter', sha256: letterSha, fileName: `${letterId}.pdf`, signed: true },
  };
  await pushAccepted(server, supervisor, [workflowOperation(applicationId, 'approve'), attach, workflowOperation(applicationId, 'sign', { documentId: letterId })]);
  return { letterSha };
}
