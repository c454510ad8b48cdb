// Signed documents for people outside the Dinas: the public verification lookup behind a
// letter's QR code, and the signed recommendations the licensing office collects.
import type { Recommendation, Verification } from '../../common/contract/http';
import { applicationOfReference } from '../../common/domain';
import { documentRecordSchema, workflowStepSchema } from '../../common/sync';
import type { Db } from '../storage/db';

interface SignedRow {
  id: string;
  application_id: string;
  record: unknown;
  signed_seq: number;
  state: string;
}

const statusOf = (state: string): 'signed' | 'delivered' => (state === 'delivered' ? 'delivered' : 'signed');

/**
 * Only what the letter itself shows its reader: nothing about the applicant's members or staff.
 * `reference` is a signed document's id, or the `berkas-<application>` a letter's QR code names
 * (laid out before signing): then the application's signed recommendation letter answers.
 */
export async function verification(db: Db, reference: string): Promise<Verification | undefined> {
  const applicationId = applicationOfReference(reference) ?? null;
  const { rows } = await db.query<SignedRow>(
    `SELECT d.id, d.application_id, d.record, d.signed_seq, a.state
     FROM documents d JOIN applications a ON a.id = d.application_id
     WHERE d.signed_seq IS NOT NULL
       AND (d.id = $1 OR (d.application_id = $2 AND d.kind = 'recommendation_letter'))
     ORDER BY (d.id = $1) DESC, d.signed_seq DESC
     LIMIT 1`,
    [reference, applicationId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const doc = documentRecordSchema.parse(row.record);
  if (doc.signature === undefined) return undefined;
  return { documentId: doc.id, sha256: doc.sha256, signer: doc.signature.signerName, status: statusOf(row.state), date: doc.signature.signedOn };
}

export async function signedRecommendations(db: Db, after: number): Promise<Recommendation[]> {
  const { rows } = await db.query<SignedRow & { registration_number: string; applicant_name: string; submitted: unknown }>(
    `SELECT d.id, d.application_id, d.record, d.signed_seq, a.state, a.registration_number, a.applicant_name,
       (SELECT w.step FROM workflow_steps w
        WHERE w.application_id = d.application_id AND w.step ? 'recommendation'
        ORDER BY w.seq DESC LIMIT 1) AS submitted
     FROM documents d JOIN applications a ON a.id = d.application_id
     WHERE d.kind = 'recommendation_letter' AND d.signed_seq IS NOT NULL AND d.signed_seq > $1
     ORDER BY d.signed_seq`,
    [after],
  );
  return rows.flatMap((row) => {
    const doc = documentRecordSchema.parse(row.record);
    const recommendation = workflowStepSchema.parse(row.submitted).recommendation;
    if (doc.signature === undefined || recommendation === undefined) return [];
    return [
      {
        documentId: doc.id,
        applicationId: row.application_id,
        registrationNumber: row.registration_number,
        applicantName: row.applicant_name,
        recommendation,
        sha256: doc.sha256,
        signer: doc.signature.signerName,
        signedOn: doc.signature.signedOn,
        status: statusOf(row.state),
        seq: row.signed_seq,
      },
    ];
  });
}

/** The blob of a signed recommendation letter, for download. */
export async function signedRecommendationBlob(db: Db, documentId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ sha256: string }>(
    `SELECT sha256 FROM documents WHERE id = $1 AND kind = 'recommendation_letter' AND signed_seq IS NOT NULL`,
    [documentId],
  );
  return rows[0]?.sha256;
}
