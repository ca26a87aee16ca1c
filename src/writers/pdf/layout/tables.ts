// Tables: Table > (Caption) > TR > TH/TD. The header row is repeated, as an artifact, at the top of every page
// the table continues on. Rows do not split unless a single row is taller than a page; then it is cut between
// lines and each part is drawn as a continued row.

import type { Inline, Table } from '../../../document/model.js';
import { COLOR, PAGE, PDF_TYPE, SPACE } from '../../theme.js';
import { layoutLines, type TextLine } from '../text/lines.js';
import { alignedX, baselineOffset, lineChunks, lineHeight, lineOps, textRows } from './text-rows.js';
import type { BlockLayout, Chunk, DrawOp, Frame, Row, StructNode } from './types.js';

const PAD = SPACE.tableCellPadding;
const BODY_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

interface CellLayout {
  struct: StructNode;
  lines: TextLine[];
}

export function tableLayout(table: Table, frame: Frame): BlockLayout {
  const { metrics } = frame;
  const size = PDF_TYPE.table;
  const lh = lineHeight(size);
  const base = baselineOffset(metrics, size);
  const widths = table.columns.map((c) => c.width * frame.width);
  const lefts = widths.map((_, i) => frame.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tableStruct: StructNode = { type: 'Table', parent: null };

  const layoutRow = (cells: Inline[][], header: boolean): { tr: StructNode; cells: CellLayout[] } => {
    const tr: StructNode = { type: 'TR', parent: tableStruct };
    return {
      tr,
      cells: cells.map((content, i) => ({
        struct: header ? { type: 'TH', parent: tr, scope: 'Column' } : { type: 'TD', parent: tr },
        lines: layoutLines(content, { size, bold: header, color: COLOR.text }, widths[i]! - 2 * PAD, metrics),
      })),
    };
  };

  /** A row (or part of a row: lines [from, to) of every cell) as a drawable Row. */
  const makeRow = (row: { cells: CellLayout[] }, header: boolean, from: number, to: number): Row => {
    const height = (to - from) * lh + 2 * PAD;
    return {
      height,
      paint: (y, asArtifact) => {
        const decoration: DrawOp[] = [];
        const chunks: Chunk[] = [];
        row.cells.forEach((cell, i) => {
          decoration.push({ kind: 'rect', x: lefts[i]!, y, w: widths[i]!, h: height, ...(header ? { fill: COLOR.tableHeaderFill } : {}), stroke: COLOR.tableBorder, lineWidth: 0.5 });
          cell.lines.slice(from, to).forEach((line, k) => {
            const x = alignedX(line, lefts[i]! + PAD, widths[i]! - 2 * PAD, table.columns[i]!.align);
            chunks.push(...lineChunks(cell.struct, lineOps(line, x, y + PAD + base + k * lh, size), asArtifact));
          });
        });
        return [{ struct: null, artifact: 'Layout', ops: decoration }, ...chunks];
      },
    };
  };

  const linesIn = (row: { cells: CellLayout[] }): number => Math.max(1, ...row.cells.map((c) => c.lines.length));

  const header = layoutRow(table.header, true);
  const headerRow = makeRow(header, true, 0, linesIn(header));
  const rows: Row[] = [];
  let repeatFrom = 1;
  if (table.caption) {
    const caption = textRows({ content: table.caption, style: { size: PDF_TYPE.body, bold: true, color: COLOR.heading }, x: frame.x, width: frame.width, struct: { type: 'Caption', parent: tableStruct }, metrics });
    const last = caption[caption.length - 1];
    if (last) last.height += 3;
    rows.push(...caption);
    repeatFrom = caption.length + 1;
  }
  headerRow.keepWithPrevious = rows.length > 0;
  rows.push(headerRow);

  const maxLines = Math.max(1, Math.floor((BODY_HEIGHT - headerRow.height - 2 * PAD) / lh) - 1);
  table.rows.forEach((cells, index) => {
    const row = layoutRow(cells, false);
    const total = linesIn(row);
    for (let from = 0; from < total; from += maxLines) {
      const part = makeRow(row, false, from, Math.min(total, from + maxLines));
      if (index === 0 && from === 0) part.keepWithPrevious = true; // never a header alone at a page foot
      rows.push(part);
    }
  });
  return { rows, spaceBefore: 2, spaceAfter: SPACE.blockAfter, repeat: { row: headerRow, fromRow: repeatFrom } };
}
