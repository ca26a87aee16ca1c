// Lists: L > LI > (Lbl, LBody); a nested list sits inside its parent item's LBody. Labels come from the model.

import type { List } from '../../../document/model.js';
import { COLOR, PDF_TYPE, SPACE } from '../../theme.js';
import { layoutLines } from '../text/lines.js';
import { applyWidowControl, baselineOffset, lineChunks, lineHeight, lineOps } from './text-rows.js';
import type { BlockLayout, Chunk, Frame, Row, StructNode } from './types.js';

const LABEL_GAP = 5;

export function listRows(list: List, frame: Frame, parent: StructNode | null): Row[] {
  const { metrics } = frame;
  const size = PDF_TYPE.body;
  const style = { size, color: COLOR.text };
  const lh = lineHeight(size);
  const base = baselineOffset(metrics, size);
  const L: StructNode = { type: 'L', parent };
  // Labels share one column, wide enough for the widest label ("10." or "viii.").
  const labelWidth = Math.max(SPACE.listIndent - LABEL_GAP, ...list.items.map((item) => metrics.width(item.label, 'regular', size)));
  const textX = frame.x + labelWidth + LABEL_GAP;
  const textWidth = frame.width - labelWidth - LABEL_GAP;
  const rows: Row[] = [];

  list.items.forEach((item) => {
    const LI: StructNode = { type: 'LI', parent: L };
    const Lbl: StructNode = { type: 'Lbl', parent: LI };
    const LBody: StructNode = { type: 'LBody', parent: LI };
    const lines = layoutLines(item.content, style, textWidth, metrics);
    if (!lines.length) lines.push({ width: 0, items: [] });
    const itemRows = lines.map((line, index): Row => ({
      height: lh,
      paint: (y, asArtifact) => {
        const chunks: Chunk[] = [];
        if (index === 0) {
          const labelX = list.ordered ? frame.x + labelWidth - metrics.width(item.label, 'regular', size) : frame.x + 2;
          chunks.push({ struct: asArtifact ? null : Lbl, ...(asArtifact ? { artifact: 'Layout' as const } : {}), ops: [{ kind: 'text', x: labelX, y: y + base, text: item.label, face: 'regular', size, color: COLOR.text }] });
        }
        chunks.push(...lineChunks(LBody, lineOps(line, textX, y + base, size), asArtifact));
        return chunks;
      },
    }));
    applyWidowControl(itemRows);
    const last = itemRows[itemRows.length - 1]!;
    last.height += SPACE.listItemAfter;
    rows.push(...itemRows);
    if (item.sublist) {
      const nested = listRows(item.sublist, { metrics, x: textX, width: textWidth }, LBody);
      if (nested[0]) nested[0].keepWithPrevious = true;
      rows.push(...nested);
    }
  });
  return rows;
}

export function listLayout(list: List, frame: Frame): BlockLayout {
  return { rows: listRows(list, frame, null), spaceBefore: 0, spaceAfter: SPACE.paragraphAfter };
}
