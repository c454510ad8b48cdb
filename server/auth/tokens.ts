// Session tokens are 32 random bytes shown to the client once; the database holds only their
// SHA-256, so a copy of the database does not let anyone act as a user.
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The token of an `Authorization: Bearer <token>` header, when well formed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header.trim());
  return match?.[1];
}
