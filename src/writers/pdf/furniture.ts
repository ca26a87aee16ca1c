// Running header and footer: the stamp (if any), the header text (the title by default) and "Page X of Y".
// Drawn as pagination artifacts: repeated on every page, outside the document's structure.

import type { DocumentMeta, Inline } from '../../document/model.js';
import { COLOR, CONTENT_WIDTH, PAGE, PDF_TYPE } from '../theme.js';
import type { DrawOp } from './layout/types.js';
import { lineOps } from './layout/text-rows.js';
import type { FontMetrics } from './metrics.js';
import { layoutLines } from './text/lines.js';

export function pageNumberText(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

/** One line of text, cut with an ellipsis if it is wider than the page's text column. */
function oneLine(text: string, bold: boolean, size: number, color: string, metrics: FontMetrics): ReturnType<typeof layoutLines>[number] | undefined {
  const style = { size, bold, color };
  const fit = (t: string): ReturnType<typeof layoutLines> => layoutLines([{ kind: 'text', text: t } as Inline], style, CONTENT_WIDTH, metrics);
  let lines = fit(text);
  if (lines.length > 1) {
    let chars = Array.from(text);
    while (chars.length > 1 && lines.length > 1) {
      chars = chars.slice(0, Math.floor(chars.length * 0.9));
      lines = fit(`${chars.join('').trimEnd()}…`);
    }
  }
  return lines[0];
}

export function furnitureOps(meta: DocumentMeta, page: number, pages: number, metrics: FontMetrics): DrawOp[] {
  const ops: DrawOp[] = [];
  const left = PAGE.margin.left;
  const size = PDF_TYPE.running;
  // The stamp (if any) sits above the header text, which stays in the same place either way.
  const headerY = PAGE.headerFromEdge + 23;
  if (meta.stamp) {
    const stamp = oneLine(meta.stamp, true, size + 1, COLOR.stamp, metrics);
    if (stamp) ops.push(...lineOps(stamp, left + (CONTENT_WIDTH - stamp.width) / 2, PAGE.headerFromEdge + 8, size + 1).text);
  }
  const header = oneLine(meta.headerText ?? meta.title, false, size, COLOR.muted, metrics);
  if (header) ops.push(...lineOps(header, left, headerY, size).text);
  ops.push({ kind: 'line', x1: left, y1: headerY + 5, x2: left + CONTENT_WIDTH, y2: headerY + 5, color: COLOR.rule, width: 0.5 });
  const footer = oneLine(pageNumberText(page, pages), false, size, COLOR.muted, metrics);
  if (footer) ops.push(...lineOps(footer, left + (CONTENT_WIDTH - footer.width) / 2, PAGE.height - PAGE.footerFromEdge, size).text);
  return ops;
}
