// The kop surat: the government, the Dinas (larger, bold), its address, and the double rule
// (thick over thin) that separates the letterhead from the letter, as in Dinas correspondence.
import { rgb } from 'pdf-lib';
import type { IssuingOffice } from '../../../../common/domain';
import type { Flow } from '../layout/flow';

const GOVERNMENT = { size: 13, bold: true, align: 'center', leading: 1.25 } as const;
const AGENCY = { size: 14.5, bold: true, align: 'center', leading: 1.2 } as const;
const MIN_AGENCY_SIZE = 11.5;
const ADDRESS = { size: 8.5, align: 'center', leading: 1.3 } as const;

export function drawLetterhead(flow: Flow, office: IssuingOffice): void {
  flow.paragraph(office.government.toUpperCase(), GOVERNMENT);
  // The Dinas name on one line when it can be made to fit without becoming small; else it wraps.
  const agency = flow.fonts.clean(office.agency.toUpperCase());
  const natural = flow.fonts.bold.widthOfTextAtSize(agency, AGENCY.size);
  const size = Math.max(MIN_AGENCY_SIZE, Math.min(AGENCY.size, (AGENCY.size * flow.contentWidth) / natural));
  flow.paragraph(agency, { ...AGENCY, size });
  flow.space(2);
  for (const line of office.addressLines) flow.paragraph(line, ADDRESS);
  flow.space(4);
  flow.block(8, ({ page, x, top, width }) => {
    const black = rgb(0, 0, 0);
    page.drawLine({ start: { x, y: top - 1.5 }, end: { x: x + width, y: top - 1.5 }, thickness: 2.2, color: black });
    page.drawLine({ start: { x, y: top - 4.6 }, end: { x: x + width, y: top - 4.6 }, thickness: 0.7, color: black });
  });
  flow.space(10);
}
