// The sync server as an in-memory model: the same push algorithm, apply rules and visibility as
// the real server, without a database. Property tests use it to check the rules; the client's
// model-based tests can use it as the reference a real server must agree with.
import { applicationSchema, type ApplicationInput, type HolidayCalendarDocument, type Role } from '../domain';
import type { Actor, Commit, KnownDocument, KnownUser } from './apply';
import { intakeCommit } from './apply';
import type { LogEntry } from './change';
import { namedAnswers, namedPage, type NameOf } from './names';
import type { Operation } from './operation';
import { pageOf, type PullPage } from './pull';
import { audienceOf, processPush, type Lookups, type PushResult, type RawOperation, type SyncStore } from './push';
import type { Receipt } from './redelivery';
import type { ApplicationReplica } from './replica';
import { viewFor, type Audience, type Viewer } from './visibility';

export interface ModelUser extends KnownUser {
  readonly id: string;
  readonly role: Role;
  readonly displayName: string;
}

interface StoredEntry {
  readonly entry: LogEntry;
  readonly audience: Audience;
}

export class SyncModel {
  private seq = 0;
  private readonly replicas = new Map<string, ApplicationReplica>();
  private readonly receiptsById = new Map<string, Receipt>();
  private readonly entries: StoredEntry[] = [];
  private readonly blobs = new Set<string>();
  private readonly users = new Map<string, ModelUser>();
  private readonly documents = new Map<string, KnownDocument>();

  constructor(private readonly clock: () => Date) {}

  addUser(user: ModelUser): void {
    this.users.set(user.id, user);
  }

  addBlob(sha256: string): void {
    this.blobs.add(sha256);
  }

  /** What the admin's packet intake does: a new application, optionally assigned. */
  importApplication(input: ApplicationInput, assignedTo: string | null, opId: string): LogEntry {
    const application = applicationSchema.parse(input);
    if (this.replicas.has(application.id)) throw new Error(`Application ${application.id} exists`);
    const seq = ++this.seq;
    const now = this.clock();
    const commit = intakeCommit({ application, assignedTo, opId, now }, seq);
    const entry: LogEntry = { seq, opId, authorId: null, at: now.toISOString(), changes: [...commit.changes] };
    this.replicas.set(application.id, commit.replica);
    this.entries.push({ entry, audience: audienceOf(commit) });
    return entry;
  }

  replaceCalendar(document: HolidayCalendarDocument, opId: string, authorId: string): LogEntry {
    const entry: LogEntry = { seq: ++this.seq, opId, authorId, at: this.clock().toISOString(), changes: [{ kind: 'calendar', document }] };
    this.entries.push({ entry, audience: { everyone: true, verifierId: null, formerVerifierId: null } });
    return entry;
  }

  replica(applicationId: string): ApplicationReplica | undefined {
    return this.replicas.get(applicationId);
  }

  /** Every entry ever accepted, unfiltered, in order. */
  log(): readonly LogEntry[] {
    return this.entries.map((e) => e.entry);
  }

  async push(actor: Actor, clientId: string, operations: readonly RawOperation[]): Promise<PushResult> {
    const result = await processPush(this.store(), actor, clientId, operations, this.clock());
    return result.kind === 'answers' ? { ...result, answers: namedAnswers(result.answers, this.nameOf) } : result;
  }

  /** As the server's users table: an empty name is no name. */
  private readonly nameOf: NameOf = (id) => {
    const name = this.users.get(id)?.displayName;
    return name === '' ? undefined : name;
  };

  pull(viewer: Viewer, after: number, limit: number): PullPage {
    const visible: LogEntry[] = [];
    for (const { entry, audience } of this.entries) {
      if (entry.seq <= after) continue;
      const view = viewFor(entry, audience, viewer);
      if (view !== undefined) visible.push(view);
      if (visible.length > limit) break;
    }
    return namedPage(pageOf(visible, limit, after, this.seq), this.nameOf);
  }

  private store(): SyncStore {
    const lookups: Lookups = {
      hasBlob: (sha) => this.blobs.has(sha),
      user: (id) => this.users.get(id),
      document: (id) => this.documents.get(id),
    };
    return {
      receipts: (ids) => Promise.resolve(new Map(ids.flatMap((id) => {
        const r = this.receiptsById.get(id);
        return r === undefined ? [] : [[id, r] as const];
      }))),
      saveReceipt: (opId, _userId, receipt) => {
        this.receiptsById.set(opId, receipt);
        return Promise.resolve();
      },
      replica: (id) => Promise.resolve(this.replicas.get(id)),
      lookups: (_ops: readonly Operation[]) => Promise.resolve(lookups),
      nextSeq: () => Promise.resolve(++this.seq),
      saveCommit: (entry: LogEntry, audience: Audience, commit: Commit) => {
        this.entries.push({ entry, audience });
        const id = commit.replica.application.id;
        this.replicas.set(id, commit.replica);
        for (const c of commit.changes) {
          if (c.kind === 'document') this.documents.set(c.document.id, { applicationId: id, kind: c.document.kind, sha256: c.document.sha256, signed: c.document.signed });
        }
        return Promise.resolve();
      },
    };
  }
}
