// A signature block: the heading (e.g. "Mengetahui," and the position), the space where the
// electronic signature's visible stamp will appear — a prepared signature field, filled when the
// person signs — and the name (bold, underlined), rank and NIP under it.
import type { PDFPage } from 'pdf-lib';
import type { Official } from '../../../../common/domain';
import { formatNip } from '../../signing/certificate';
import { prepareSignatureField } from '../../signing/signature-fields';
import type { Flow, TextStyle } from '../layout/flow';

export interface SignatureSlot {
  /** Name of the prepared signature field (unique in the document). */
  readonly field: string;
  readonly heading: readonly string[];
  readonly official: Official;
}

/** The visible stamp's box; the appearance written at signing fills it. */
export const STAMP = { width: 200, height: 62 } as const;

const HEADING: TextStyle = { size: 10, align: 'center' };
const NAME: TextStyle = { size: 10, bold: true, align: 'center' };
const DETAIL: TextStyle = { size: 9.5, align: 'center' };

interface Laid {
  readonly lines: readonly { readonly text: string; readonly style: TextStyle }[];
  readonly stampAfter: number;
}

function lay(flow: Flow, slot: SignatureSlot, width: number): Laid {
  const lines: { text: string; style: TextStyle }[] = [];
  for (const h of slot.heading) for (const l of flow.wrap(h, HEADING, width)) lines.push({ text: l.text, style: HEADING });
  const stampAfter = lines.length;
  for (const l of flow.wrap(slot.official.name, NAME, width)) lines.push({ text: l.text, style: NAME });
  if (slot.official.rank !== undefined) lines.push({ text: slot.official.rank, style: DETAIL });
  lines.push({ text: formatNip(slot.official.nip), style: DETAIL });
  return { lines, stampAfter };
}

export function signatureBlockHeight(flow: Flow, slot: SignatureSlot, width: number): number {
  const { lines } = lay(flow, slot, width);
  return lines.reduce((h, l) => h + flow.lineHeight(l.style), 0) + STAMP.height + 8;
}

/** Draws the block with its top `top` points below the page top, and prepares its field. */
export function drawSignatureBlock(flow: Flow, page: PDFPage, x: number, top: number, width: number, slot: SignatureSlot): void {
  const { lines, stampAfter } = lay(flow, slot, width);
  let y = top;
  lines.forEach((line, i) => {
    if (i === stampAfter) {
      const stampWidth = Math.min(STAMP.width, width);
      const sx = x + (width - stampWidth) / 2;
      prepareSignatureField(flow.doc, page, {
        name: slot.field,
        x: sx,
        y: flow.yOf(y + 4 + STAMP.height),
        width: stampWidth,
        height: STAMP.height,
        hint: 'Tempat tanda tangan elektronik',
      });
      y += STAMP.height + 8;
    }
    const lh = flow.lineHeight(line.style);
    flow.drawLine(page, { text: flow.fonts.clean(line.text), last: true }, x, y, width, line.style);
    if (line.style === NAME) {
      const font = flow.font(true);
      const w = font.widthOfTextAtSize(flow.fonts.clean(line.text), line.style.size);
      const ux = x + (width - w) / 2;
      const uy = flow.yOf(y + lh - 1.5);
      page.drawLine({ start: { x: ux, y: uy }, end: { x: ux + w, y: uy }, thickness: 0.6 });
    }
    y += lh;
  });
}
