// The supervisor's two decisions on a submitted file. The domain's transition() decides whether
// each step may happen (state, role, a reason for a return); the local database records it with
// its audit event and outbox operation; the server decides again when the operations arrive.
//
// Approve-and-sign signs first (main, with the passphrase given for this one signing) and only
// then records, in ONE transaction: approve → the signed letter → sign naming that letter, the
// order in which the server accepts them. A refused passphrase therefore changes nothing, and a
// file is never left "approved" by a half-done click. A file already approved (approved
// elsewhere, or on an older version) is only signed.
import type { CallInput, CallOutput, Calls, Result } from '../../../common/contract';
import { transition, type Actor, type Transition, type WorkflowState } from '../../../common/domain';
import { getApplication } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import { attachDocument } from '../../db/documents';
import { isDbFailure } from '../../db/errors';
import type { DocumentRow } from '../../db/rows';
import { recordWorkflowAction } from '../../db/workflow';
import { t } from '../../i18n';

const text = t.approvals.sign;

export type ActionResult = { readonly ok: true; readonly state: WorkflowState } | { readonly ok: false; readonly message: string };

/** The two calls of main's signing area that approving needs. */
export interface SigningPort {
  readonly unsignedFields: (sha256: string) => Promise<Result<readonly string[]>>;
  readonly sign: (input: CallInput<Calls, 'signing.sign'>) => Promise<Result<CallOutput<Calls, 'signing.sign'>>>;
}

const refused = (message: string): ActionResult => ({ ok: false, message });

/** A failure the database explains (a full disk, the file moved on in another window) is an answer, not a crash. */
async function recording(write: () => Promise<WorkflowState>): Promise<ActionResult> {
  try {
    return { ok: true, state: await write() };
  } catch (e) {
    if (isDbFailure(e)) return refused(e.message);
    throw e;
  }
}

async function stateOf(db: VerikopDb, applicationId: string): Promise<WorkflowState | ActionResult> {
  const row = await getApplication(db, applicationId);
  return row === undefined ? refused(`Berkas ${applicationId} tidak ada di perangkat ini.`) : row.state;
}

export async function returnToVerifier(db: VerikopDb, actor: Actor, applicationId: string, reason: string): Promise<ActionResult> {
  const state = await stateOf(db, applicationId);
  if (typeof state !== 'string') return state;
  const step = transition(state, 'return_to_verifier', actor, { reason });
  if (!step.ok) return refused(step.error.message);
  return recording(async () => (await recordWorkflowAction(db, applicationId, step.value)).to);
}

/** The steps from the file's state to signed, or why not (nothing asked of main yet). */
interface SigningPlan {
  readonly approve: Transition | undefined;
  readonly sign: Transition;
}

function planSigning(state: WorkflowState, actor: Actor): { readonly plan: SigningPlan } | ActionResult {
  const approve = state === 'awaiting_approval' ? transition(state, 'approve', actor) : undefined;
  if (approve?.ok === false) return refused(approve.error.message);
  const sign = transition(approve?.value.to ?? state, 'sign', actor);
  if (!sign.ok) return refused(sign.error.message);
  return { plan: { approve: approve?.value, sign: sign.value } };
}

export interface ApproveInput {
  readonly applicationId: string;
  readonly actor: Actor;
  /** The draft letter the verifier submitted. */
  readonly letter: DocumentRow | undefined;
  readonly certificateId: string;
  readonly passphrase: string;
}

export async function approveAndSign(db: VerikopDb, signing: SigningPort, input: ApproveInput): Promise<ActionResult> {
  const state = await stateOf(db, input.applicationId);
  if (typeof state !== 'string') return state;
  const planned = planSigning(state, input.actor);
  if (!('plan' in planned)) return planned;
  const { plan } = planned;
  const letter = input.letter;
  if (letter === undefined) return refused(text.noLetter);
  const fields = await signing.unsignedFields(letter.sha256);
  if (!fields.ok) return refused(`${text.letterUnreadable} ${fields.error.message}`);
  const [field] = fields.value;
  if (field === undefined) return refused(text.noField);
  const signed = await signing.sign({ documentSha256: letter.sha256, certificateId: input.certificateId, passphrase: input.passphrase, field, reason: text.reason });
  if (!signed.ok) return refused(signed.error.message);

  const tables = [db.applications, db.approvals, db.documents, db.auditEvents, db.outbox];
  return recording(() => db.transaction('rw', tables, async () => {
    if (plan.approve !== undefined) await recordWorkflowAction(db, input.applicationId, plan.approve);
    const document = await attachDocument(db, input.actor, {
      applicationId: input.applicationId,
      // From the signed bytes: a signing retried after a refusal gets its own id. The letter's QR
      // code names the application, which the lookup resolves (see letterVerificationUrl).
      id: `rek-ttd-${signed.value.sha256.slice(0, 40)}`,
      kind: 'recommendation_letter',
      sha256: signed.value.sha256,
      fileName: `surat-rekomendasi-${input.applicationId}-ditandatangani.pdf`,
      signed: true,
    });
    return (await recordWorkflowAction(db, input.applicationId, plan.sign, document.id)).to;
  }));
}
