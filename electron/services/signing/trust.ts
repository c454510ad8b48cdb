// Does a signer's certificate chain to one of the configured trust anchors (the CA certificates
// the Dinas trusts: BSrE's in production, the demo CA in demo mode)? Each link is checked by
// name and by signature; intermediates come from the signature's own certificate set and must be
// CA certificates; every certificate on the path must be valid at the claimed signing time.
import type { X509Certificate } from 'node:crypto';

export const trustMessages = {
  untrusted: 'Sertifikat penanda tangan tidak berasal dari penerbit sertifikat yang dipercaya.',
  expired: 'Sertifikat pada rantai tidak berlaku pada waktu penandatanganan.',
  noTime: 'Waktu penandatanganan tidak tercantum, masa berlaku sertifikat tidak dapat diperiksa.',
} as const;

export interface ChainVerdict {
  readonly trusted: boolean;
  readonly validAtSigningTime: boolean;
  readonly problems: readonly string[];
}

const MAX_DEPTH = 8;

const issues = (issuer: X509Certificate, subject: X509Certificate): boolean =>
  subject.checkIssued(issuer) && subject.verify(issuer.publicKey);

const validAt = (cert: X509Certificate, at: Date): boolean =>
  new Date(cert.validFrom).getTime() <= at.getTime() && at.getTime() <= new Date(cert.validTo).getTime();

/** Walks from `signer` up through `pool` until an anchor issues (or is) the current certificate. */
export function checkChain(
  signer: X509Certificate,
  pool: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  signedAt: Date | undefined,
): ChainVerdict {
  const path: X509Certificate[] = [signer];
  let current = signer;
  let trusted = false;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    if (anchors.some((a) => a.fingerprint256 === current.fingerprint256)) {
      trusted = true;
      break;
    }
    const anchor = anchors.find((a) => issues(a, current));
    if (anchor !== undefined) {
      path.push(anchor);
      trusted = true;
      break;
    }
    const next = pool.find((c) => c.ca && !path.includes(c) && issues(c, current));
    if (next === undefined) break;
    path.push(next);
    current = next;
  }
  const validAtSigningTime = signedAt !== undefined && path.every((c) => validAt(c, signedAt));
  const problems: string[] = [];
  if (!trusted) problems.push(trustMessages.untrusted);
  if (signedAt === undefined) problems.push(trustMessages.noTime);
  else if (!validAtSigningTime) problems.push(trustMessages.expired);
  return { trusted, validAtSigningTime, problems };
}
