// Shared bits of the sample documents: place names by region code, the cooperative's letterhead,
// its (fictional) officers, and amounts in rupiah. All names here are invented.
import type { Application } from '../../../common/domain/application';
import type { PdfWriter } from './pdf-layout';

const cities: Readonly<Record<string, string>> = {
  '6474': 'Kota Bontang',
  '6472': 'Kota Samarinda',
  '6471': 'Kota Balikpapan',
  '6404': 'Kabupaten Kutai Timur',
};

/** "Kota Bontang" for 6474; the bare code for regions the samples do not name. */
export const cityOf = (kabKotaCode: string): string => cities[kabKotaCode] ?? `Kabupaten/Kota ${kabKotaCode}`;

/** Chair of the cooperative's board, who signs its statements. */
export const chairOf = (_a: Application): string => 'H. Abdul Karim Lamading, S.E.';

export function cooperativeLetterhead(w: PdfWriter, a: Application): void {
  w.centered([a.applicant.name.toUpperCase()], 12.5);
  w.centered([`Badan Hukum ${a.applicant.legalEntity.number} - NIB ${a.applicant.nib}`, a.applicant.address], 8.5, false);
  w.rule();
  w.space(6);
}

/** "Rp 1.234.567" with Indonesian digit grouping. */
export function rupiah(amount: number): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp ${digits}`;
}
