// How a certificate is described to the person choosing it: NIP, issuer, validity (or that it
// ran out), and what kind it is. Also used by the supervisor's signing dialog.
import { dateInOffset, formatDateLong, WITA_OFFSET_MINUTES } from '../../../common/domain';
import type { CertificateSummary } from '../../../common/contract/signing';
import { t } from '../../i18n';

const text = t.settings.certificates;

export const dayOf = (iso: string): string => formatDateLong(dateInOffset(new Date(iso), WITA_OFFSET_MINUTES));

export const isCurrent = (c: Pick<CertificateSummary, 'validFrom' | 'validTo'>, now: Date): boolean =>
  new Date(c.validFrom) <= now && now <= new Date(c.validTo);

function validity(c: Pick<CertificateSummary, 'validFrom' | 'validTo'>, now: Date): string {
  if (now < new Date(c.validFrom)) return text.notYetValid(dayOf(c.validFrom));
  return isCurrent(c, now) ? text.valid(dayOf(c.validFrom), dayOf(c.validTo)) : text.expired(dayOf(c.validTo));
}

export function certificateLines(c: CertificateSummary, now: Date): string[] {
  return [
    ...(c.nip === undefined ? [] : [text.nip(c.nip)]),
    text.issuer(c.issuerName),
    validity(c, now),
    text.kind[c.kind],
  ];
}
