// The Berita Acara Verifikasi Teknis laid out from its view model: letterhead, centred title and
// number, the opening with the date in words, what was examined, the team, the findings table,
// conclusion, place and date, the team's signatures and the "Mengetahui" block, then the photo
// appendix. Every word comes from the view model; this file only places it.
import type { Official, VerificationReportView } from '../../../common/domain';
import { finishDocument, startDocument, type RenderContext, type RenderedDocument, type SignatureFieldPlan } from './document-frame';
import type { Flow, TextStyle } from './layout/flow';
import { drawTable } from './layout/table';
import { drawLabelled } from './parts/labelled';
import { drawLetterhead } from './parts/letterhead';
import { drawPhoto } from './parts/photos';
import { formatNip } from '../signing/certificate';
import { drawSignatureBlock, signatureBlockHeight, type SignatureSlot } from './parts/signature-block';

const BODY: TextStyle = { size: 10.5, align: 'justify' };
const HEADING: TextStyle = { size: 10.5, bold: true };
const TITLE: TextStyle = { size: 12.5, bold: true, align: 'center', leading: 1.3 };

function titleBlock(flow: Flow, view: VerificationReportView): void {
  flow.paragraph(view.title, TITLE);
  flow.paragraph(view.subtitle, { ...TITLE, size: 10.5 });
  flow.paragraph(`Nomor: ${view.number}`, { size: 10.5, align: 'center' });
  flow.space(12);
}

function heading(flow: Flow, text: string): void {
  // Keep a heading with the start of what it introduces.
  flow.ensure(flow.lineHeight(HEADING) + 40);
  flow.paragraph(text, HEADING, { spaceAfter: 3 });
}

function teamTable(flow: Flow, view: VerificationReportView): void {
  heading(flow, view.teamHeading);
  drawTable(flow, {
    columns: [
      { header: 'No', weight: 5, align: 'center' },
      { header: 'Nama', weight: 31 },
      { header: 'NIP', weight: 27 },
      { header: 'Jabatan', weight: 37 },
    ],
    rows: view.team.map((m) => [String(m.number), m.name, formatNip(m.nip).replace('NIP. ', ''), m.position]),
    size: 9.5,
  });
  flow.space(10);
}

function findingsTable(flow: Flow, view: VerificationReportView): void {
  heading(flow, view.findingsHeading);
  drawTable(flow, {
    columns: [
      { header: 'No', weight: 5, align: 'center' },
      { header: 'Persyaratan', weight: 23 },
      { header: 'Hasil', weight: 11, align: 'center' },
      { header: 'Fakta dan catatan verifikator', weight: 40 },
      { header: 'Bukti', weight: 21 },
    ],
    rows: view.findings.map((f) => [
      String(f.number),
      `${f.requirement}. ${f.label}`,
      { text: f.statusLabel, strong: f.status === 'fails' },
      [...f.facts, ...(f.note === '' ? [] : [`Catatan: ${f.note}`])].join('\n') || '-',
      f.evidence.join('\n') || '-',
    ]),
    size: 8.5,
  });
  flow.space(10);
}

const slot = (field: string, heading: readonly string[], official: Official): SignatureSlot => ({ field, heading, official });

const plans = (team: readonly SignatureSlot[], ack: SignatureSlot): SignatureFieldPlan[] => [
  ...team.map((s) => ({ field: s.field, role: 'Tim Teknis', name: s.official.name, nip: s.official.nip })),
  { field: ack.field, role: 'Mengetahui', name: ack.official.name, nip: ack.official.nip },
];

interface Placed {
  readonly slot: SignatureSlot;
  /** 0 = left column, 1 = right column, 0.5 = centred. */
  readonly column: number;
}

/**
 * Draws blocks side by side as one unbreakable row. Drawing order is the fields' order in the
 * form, which viewers and pdfsig list: team first, then "Mengetahui", as they sign.
 */
function row(flow: Flow, placed: readonly Placed[], columnWidth: number): void {
  const height = Math.max(...placed.map((p) => signatureBlockHeight(flow, p.slot, columnWidth)));
  flow.block(height + 10, ({ page, x, top }) => {
    for (const p of placed) drawSignatureBlock(flow, page, x + p.column * (columnWidth + 20), flow.size[1] - top, columnWidth, p.slot);
  });
}

// A lone verifier signs on the right under the place and date, with "Mengetahui" level on the
// left, as Dinas reports are usually signed; a larger team signs in pairs, then "Mengetahui"
// centred below.
function signatures(flow: Flow, view: VerificationReportView): SignatureFieldPlan[] {
  const columnWidth = (flow.contentWidth - 20) / 2;
  const dateStyle: TextStyle = { size: 10.5, align: 'center' };
  const single = view.signatures.length === 1;
  const teamSlots = view.signatures.map((m, i) =>
    slot(`tim_${String(i + 1)}`, single ? ['Tim Teknis,', m.position] : [`${String(i + 1)}. ${m.position}`], m),
  );
  const { heading, official } = view.acknowledgement;
  const ack = slot('mengetahui', [heading, official.position], official);
  const firstRow = Math.max(...[...teamSlots.slice(0, 2), ack].map((s) => signatureBlockHeight(flow, s, columnWidth)));
  // Place and date stay on the page of the first signatures.
  flow.ensure(flow.lineHeight(dateStyle) * 3 + firstRow);
  flow.paragraph(view.placeAndDate, dateStyle, { indent: columnWidth + 20, width: columnWidth });
  if (single) {
    const [only] = teamSlots;
    if (only !== undefined) row(flow, [{ slot: only, column: 1 }, { slot: ack, column: 0 }], columnWidth);
    return plans(teamSlots, ack);
  }
  flow.paragraph('Tim Teknis,', { ...dateStyle, bold: true }, { spaceAfter: 6 });
  for (let i = 0; i < teamSlots.length; i += 2) {
    const pair = teamSlots.slice(i, i + 2);
    // A lone block (the last of an odd team) is centred.
    row(flow, pair.map((slot, k) => ({ slot, column: pair.length === 1 ? 0.5 : k })), columnWidth);
  }
  const ackWidth = columnWidth + 40;
  flow.block(signatureBlockHeight(flow, ack, ackWidth) + 6, ({ page, x, top, width }) => {
    drawSignatureBlock(flow, page, x + (width - ackWidth) / 2, flow.size[1] - top, ackWidth, ack);
  });
  return plans(teamSlots, ack);
}

export async function renderVerificationReport(view: VerificationReportView, ctx: RenderContext): Promise<RenderedDocument> {
  const flow = await startDocument(ctx, { title: `${view.title} ${view.number}`, subject: view.subtitle, author: view.letterhead.agency });
  drawLetterhead(flow, view.letterhead);
  titleBlock(flow, view);
  flow.paragraph(view.opening, BODY, { spaceAfter: 6 });
  drawLabelled(flow, view.examined, { size: 10, labelWidth: 165, indent: 12 });
  flow.space(10);
  teamTable(flow, view);
  findingsTable(flow, view);
  flow.paragraph(view.conclusion, BODY, { spaceAfter: 6 });
  flow.paragraph(view.closing, BODY, { spaceAfter: 14 });
  const fields = signatures(flow, view);
  if (view.photos.length > 0) {
    flow.newPage();
    flow.paragraph(view.photoAppendixTitle.toUpperCase(), { ...TITLE, size: 11.5 });
    flow.paragraph(`Berita Acara Nomor: ${view.number}`, { size: 9.5, align: 'center' }, { spaceAfter: 12 });
    for (const entry of view.photos) await drawPhoto(flow, entry, await ctx.loadPhoto(entry.blobSha256));
  }
  const bytes = await finishDocument(flow, { issuer: ctx.signatureIssuer });
  return { bytes, pageCount: flow.pages.length, signatureFields: fields };
}
