// "Label : value" lists, the way letters give particulars: the label column, a colon, and a
// value that wraps under itself (never back under the label).
import type { LabelledValue } from '../../../../common/domain';
import type { Flow } from '../layout/flow';
import { drawTable } from '../layout/table';

export interface LabelledOptions {
  readonly size: number;
  /** Width of the label column in points. */
  readonly labelWidth: number;
  readonly indent?: number;
  readonly boldValues?: boolean;
  /** Total width of the list; the rest of the content box when absent. */
  readonly width?: number;
}

export function drawLabelled(flow: Flow, rows: readonly LabelledValue[], options: LabelledOptions): void {
  const indent = options.indent ?? 0;
  const rest = options.width ?? flow.contentWidth - indent;
  const colon = 8;
  drawTable(flow, {
    columns: [
      { header: '', weight: options.labelWidth },
      { header: '', weight: colon },
      { header: '', weight: rest - options.labelWidth - colon },
    ],
    rows: rows.map((r) => [r.label, ':', { text: r.value, strong: options.boldValues }]),
    size: options.size,
    borders: false,
    padding: 0.5,
    indent,
    width: rest,
  });
}
