// Where a recommendation letter's QR code leads. The letter is laid out, QR code included, before
// anyone signs it, so the code cannot name the signed letter's own id (that comes from the signed
// bytes, and every signing makes new bytes: a signing retried after a refusal must not clash with
// the first). The code names the application instead — the server accepts one signature per
// file — and the public lookup `GET /verify/<reference>` answers for that file's signed letter.
import { z } from 'zod';
import { recordIdSchema } from '../application';

const PREFIX = 'berkas-';

/** What a letter's QR code names: its application, marked so it never reads as a document id. */
export const letterReference = (applicationId: string): string => `${PREFIX}${applicationId}`;

/** The application a reference names, or undefined when it is a document id. */
export function applicationOfReference(reference: string): string | undefined {
  if (!reference.startsWith(PREFIX)) return undefined;
  const id = reference.slice(PREFIX.length);
  return recordIdSchema.safeParse(id).success ? id : undefined;
}

/** What `GET /verify/<reference>` takes: a signed document's id, or a letter reference. */
export const verificationReferenceSchema = z.union([
  recordIdSchema,
  z.string().refine((s) => applicationOfReference(s) !== undefined, { error: 'Rujukan berkas tidak sah' }),
]);

/** The verification base address the office configured, followed by the letter's reference. */
export function letterVerificationUrl(base: string, applicationId: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : `${trimmed}/${encodeURIComponent(letterReference(applicationId))}`;
}
