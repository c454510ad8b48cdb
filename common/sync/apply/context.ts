// What applying an operation needs to know besides the application itself, and what it answers.
import type { Role } from '../../domain';
import type { RejectionCode, RetryCode } from '../answer';
import type { Change } from '../change';
import type { FieldConflict } from '../fields';
import type { UserId } from '../ids';
import type { ApplicationReplica } from '../replica';

/** The authenticated caller, as the server established it (never as the client claims). */
export interface Actor {
  readonly userId: UserId;
  readonly role: Role;
  readonly displayName: string;
}

export interface KnownUser {
  readonly role: string;
  readonly active: boolean;
}

export interface KnownDocument {
  readonly applicationId: string;
  readonly kind: string;
  readonly sha256: string;
  readonly signed: boolean;
}

export interface ApplyContext {
  readonly actor: Actor;
  /** The device the batch came from (see fields.ts for why it matters). */
  readonly clientId: string;
  /** The server's clock. */
  readonly now: Date;
  readonly hasBlob: (sha256: string) => boolean;
  readonly user: (userId: string) => KnownUser | undefined;
  /** Document ids are global (the verification lookup uses them), so any application's count. */
  readonly document: (documentId: string) => KnownDocument | undefined;
}

export interface Commit {
  readonly replica: ApplicationReplica;
  readonly changes: readonly Change[];
  /** When an assignment moved the application away from a verifier: who must be told. */
  readonly formerAssignee?: UserId;
}

export type ApplyOutcome =
  | { readonly kind: 'accepted'; readonly commit: (seq: number) => Commit }
  | { readonly kind: 'conflict'; readonly conflicts: readonly FieldConflict[] }
  | { readonly kind: 'rejected'; readonly code: RejectionCode; readonly message: string }
  | { readonly kind: 'retry'; readonly code: RetryCode; readonly message: string };

export const reject = (code: RejectionCode, message: string): ApplyOutcome => ({ kind: 'rejected', code, message });
export const retry = (code: RetryCode, message: string): ApplyOutcome => ({ kind: 'retry', code, message });
export const accept = (commit: (seq: number) => Commit): ApplyOutcome => ({ kind: 'accepted', commit });
