// Lines of text as rows: each line is a row so long paragraphs flow across pages, with widow/orphan control
// (a paragraph never leaves a single line at the foot or the head of a page).

import type { Inline } from '../../../document/model.js';
import { SPACE } from '../../theme.js';
import type { FontMetrics } from '../metrics.js';
import { layoutLines, type TextLine, type TextStyle } from '../text/lines.js';
import { content, type Chunk, type DrawOp, type Row, type StructNode } from './types.js';

export interface TextContext {
  metrics: FontMetrics;
}

export function lineHeight(size: number): number {
  return size * SPACE.lineHeight;
}

/** Distance from a line's top to its baseline, centring the font's ascent + descent in the line height. */
export function baselineOffset(metrics: FontMetrics, size: number): number {
  const ascent = metrics.ascent('regular', size);
  const descent = metrics.descent('regular', size);
  return (lineHeight(size) - ascent - descent) / 2 + ascent;
}

/** Ops for one line: placeholder highlights (decoration) and the text. */
export function lineOps(line: TextLine, x: number, baseline: number, size: number): { text: DrawOp[]; decoration: DrawOp[] } {
  const text: DrawOp[] = [];
  const decoration: DrawOp[] = [];
  for (const item of line.items) {
    if (item.background) {
      decoration.push({ kind: 'rect', x: x + item.x - 0.5, y: baseline - size * 0.95, w: item.width + 1, h: size * 1.25, fill: item.background });
    }
    if (item.text.trim() === '' && !item.actual) continue;
    const op: DrawOp = { kind: 'text', x: x + item.x, y: baseline, text: item.text, face: item.face, size, color: item.color };
    if (item.actual) op.actual = item.actual;
    text.push(op);
  }
  return { text, decoration };
}

/** Chunks for a line: decoration first so it sits under the text. */
export function lineChunks(struct: StructNode | null, ops: { text: DrawOp[]; decoration: DrawOp[] }, asArtifact: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  if (ops.decoration.length) chunks.push({ struct: null, artifact: 'Layout', ops: ops.decoration });
  if (ops.text.length) chunks.push(content(struct, ops.text, asArtifact));
  return chunks;
}

/** Mark rows so the first two and last two lines of a block of text stay together. */
export function applyWidowControl(rows: Row[]): Row[] {
  const n = rows.length;
  if (n >= 2) {
    rows[1]!.keepWithPrevious = true;
    rows[n - 1]!.keepWithPrevious = true;
  }
  if (n === 3) rows[2]!.keepWithPrevious = true;
  return rows;
}

export interface TextRowsOptions {
  content: readonly Inline[];
  style: TextStyle;
  x: number;
  width: number;
  struct: StructNode | null;
  metrics: FontMetrics;
  /** Alignment inside the width. */
  align?: 'left' | 'center' | 'right';
  widowControl?: boolean;
}

export function textLines(opts: Pick<TextRowsOptions, 'content' | 'style' | 'width' | 'metrics'>): TextLine[] {
  return layoutLines(opts.content, opts.style, opts.width, opts.metrics);
}

export function alignedX(line: TextLine, x: number, width: number, align: 'left' | 'center' | 'right' = 'left'): number {
  if (align === 'right') return x + width - line.width;
  if (align === 'center') return x + (width - line.width) / 2;
  return x;
}

/** One row per line. */
export function textRows(opts: TextRowsOptions): Row[] {
  const { style, metrics } = opts;
  const height = lineHeight(style.size);
  const base = baselineOffset(metrics, style.size);
  const rows = textLines(opts).map(
    (line): Row => ({
      height,
      paint: (y, asArtifact) =>
        lineChunks(opts.struct, lineOps(line, alignedX(line, opts.x, opts.width, opts.align), y + base, style.size), asArtifact),
    }),
  );
  return opts.widowControl === false ? rows : applyWidowControl(rows);
}
