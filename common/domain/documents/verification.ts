// Where a recommendation letter's QR code leads. The letter is laid out, QR code included, before
// anyone signs it, and signing keeps its bytes; so the id the signed letter will carry on the
// server (what the public lookup `GET /verify/:documentId` answers for) has to be known when the
// draft is made. It comes from the application — one signed recommendation per file — not from
// the signed bytes, which do not exist yet.
export const signedLetterId = (applicationId: string): string => `rek-ttd-${applicationId}`;

/** The verification base address the office configured, followed by the signed letter's id. */
export function letterVerificationUrl(base: string, applicationId: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : `${trimmed}/${encodeURIComponent(signedLetterId(applicationId))}`;
}
