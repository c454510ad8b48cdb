// Documents of the applications that are mine, brought into the vault ahead of the site visit so
// they open with no connection: the packet's documents, attached PDFs and evidence photos. The
// vault verifies each download against its SHA-256, so a wrong byte is never stored.
import type { PrefetchReport, SignedInUser } from '../../../common/contract/sync';
import { blobRoutes, syncRoutes, type ApplicationSummary } from '../../../common/contract/http';
import { sniffMediaType } from '../vault/media-types';
import type { Vault } from '../vault/vault';
import { isVaultFailure } from '../vault/errors';
import { bodyOf, expectStatus, HttpStatusError, ProtocolError, type HttpClient } from './http-client';
import type { ApplicationReplica } from '../../../common/sync/replica';

export interface PrefetchContext {
  readonly http: HttpClient;
  readonly token: string;
  readonly user: SignedInUser;
  readonly vault: Pick<Vault, 'has' | 'put'>;
  /** Runs one request with the caller's retry policy. */
  readonly retrying: <T>(task: () => Promise<T>) => Promise<T>;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Supervisors see every file; for them "mine" is their queue. */
const isMine = (user: SignedInUser, a: ApplicationSummary): boolean =>
  user.role === 'verifier' ? a.assignedTo === user.id : a.state === 'awaiting_approval' || a.state === 'approved';

function blobsOf(replica: ApplicationReplica): string[] {
  const photos = Object.values(replica.findings).flatMap((f) => (f.evidence?.value ?? []).flatMap((ref) => (ref.kind === 'photo' ? [ref.blobSha256] : [])));
  return [...replica.application.documents.map((d) => d.sha256), ...replica.documents.map((d) => d.sha256), ...photos];
}

async function listMine(ctx: PrefetchContext): Promise<ApplicationSummary[]> {
  const answer = await ctx.retrying(() => ctx.http.send(syncRoutes.applications, { token: ctx.token }));
  expectStatus(answer, [200]);
  return bodyOf(syncRoutes.applications, answer, syncRoutes.applications.responses[200]).applications.filter((a) => isMine(ctx.user, a));
}

async function blobsOfApplication(ctx: PrefetchContext, id: string): Promise<string[]> {
  const answer = await ctx.retrying(() => ctx.http.send(syncRoutes.application, { params: { id }, token: ctx.token }));
  if (answer.status === 404) return [];
  expectStatus(answer, [200]);
  return blobsOf(bodyOf(syncRoutes.application, answer, syncRoutes.application.responses[200]).replica);
}

/**
 * A failure of this one document (the server lacks it, its bytes do not match): the others still
 * come. Being offline, signed out or out of disk space ends the whole run instead.
 */
function blobOnlyFailure(e: unknown): string | undefined {
  if (e instanceof HttpStatusError && e.status !== 401) return e.error?.message ?? `HTTP ${String(e.status)}`;
  if (e instanceof ProtocolError) return e.message;
  if (isVaultFailure(e) && e.code === 'vault_hash_mismatch') return e.message;
  return undefined;
}

async function download(ctx: PrefetchContext, sha256: string): Promise<number> {
  const answer = await ctx.retrying(() => ctx.http.send(blobRoutes.downloadBlob, { params: { sha256 }, token: ctx.token, timeoutMs: 10 * 60_000 }));
  expectStatus(answer, [200]);
  const mediaType = sniffMediaType(answer.body.subarray(0, 16)) ?? 'application/octet-stream';
  await ctx.vault.put(answer.body, { mediaType, expectedSha256: sha256 });
  return answer.body.length;
}

export async function prefetchMine(ctx: PrefetchContext): Promise<PrefetchReport> {
  const applications = await listMine(ctx);
  const wanted = new Set<string>();
  for (const a of applications) for (const sha of await blobsOfApplication(ctx, a.id)) wanted.add(sha);
  const report = { applications: applications.length, fetched: 0, present: 0, bytes: 0, failed: [] as { sha256: string; message: string }[] };
  let done = 0;
  for (const sha256 of wanted) {
    try {
      if (await ctx.vault.has(sha256)) report.present += 1;
      else {
        report.bytes += await download(ctx, sha256);
        report.fetched += 1;
      }
    } catch (e) {
      const message = blobOnlyFailure(e);
      if (message === undefined) throw e;
      report.failed.push({ sha256, message });
    }
    done += 1;
    ctx.onProgress?.(done, wanted.size);
  }
  return report;
}
