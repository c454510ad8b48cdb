// Words for the inbox's text search. Both the stored words and the typed query go through the
// same normalisation, so "Sejahtera", "SEJAHTERA" and "sejahtéra" find the same file, and a
// registration number like "PD/KCP-KSP/2026/000317" is found by any of its parts.
import type { Application } from '../../common/domain/application';

/** Lower case, accents removed, split at anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The fields a person types to find a file: who applies, where, and the file's numbers. */
export function searchWordsOf(app: Application): string[] {
  const fields = [
    app.id,
    app.registrationNumber,
    app.applicant.name,
    app.applicant.nib,
    app.branchOffice.name,
    app.subBranch.address,
    app.subBranch.kabKotaCode,
    app.prospectiveHead?.name ?? '',
  ];
  return [...new Set(fields.flatMap(wordsOf))];
}
