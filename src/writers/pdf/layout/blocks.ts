// Layout of the text blocks: title block, headings, paragraphs, notes, page breaks.

import { inlineText, type Callout, type Heading, type Inline, type Paragraph, type TitleBlock } from '../../../document/model.js';
import { COLOR, PDF_TYPE, SPACE } from '../../theme.js';
import { layoutLines } from '../text/lines.js';
import { baselineOffset, lineChunks, lineHeight, lineOps, textRows } from './text-rows.js';
import { listRows } from './lists.js';
import type { BlockLayout, Chunk, Frame, Row, StructNode } from './types.js';

export function paragraphLayout(block: Paragraph, frame: Frame, parent: StructNode | null = null): BlockLayout {
  const struct: StructNode = { type: 'P', parent };
  const style = { size: PDF_TYPE.body, color: COLOR.text };
  return {
    rows: textRows({ content: block.content, style, x: frame.x, width: frame.width, struct, metrics: frame.metrics }),
    spaceBefore: 0,
    spaceAfter: SPACE.paragraphAfter,
  };
}

const HEADING_SIZE = { 1: PDF_TYPE.h1, 2: PDF_TYPE.h2, 3: PDF_TYPE.h3 } as const;

/** A heading is one unbreakable row: its number, then its text with wrapped lines indented past the number. */
export function headingLayout(block: Heading, frame: Frame): BlockLayout {
  const { metrics } = frame;
  const size = HEADING_SIZE[block.level];
  const struct: StructNode = { type: `H${block.level}`, parent: null };
  const style = { size, bold: true, color: COLOR.heading };
  const numberWidth = block.number ? metrics.width(block.number, 'bold', size) + size * 0.75 : 0;
  const lines = layoutLines(block.content, style, frame.width - numberWidth, metrics);
  const lh = lineHeight(size);
  const base = baselineOffset(metrics, size);
  const rule = block.level === 1 ? 5 : 0;
  const row: Row = {
    height: lines.length * lh + rule,
    paint: (y, asArtifact) => {
      const chunks: Chunk[] = [];
      lines.forEach((line, i) => {
        const ops = lineOps(line, frame.x + numberWidth, y + base + i * lh, size);
        if (i === 0 && block.number) {
          ops.text.unshift({ kind: 'text', x: frame.x, y: y + base, text: block.number, face: 'bold', size, color: COLOR.heading });
        }
        chunks.push(...lineChunks(struct, ops, asArtifact));
      });
      if (rule) {
        const ruleY = y + lines.length * lh + 2;
        chunks.push({ struct: null, artifact: 'Layout', ops: [{ kind: 'line', x1: frame.x, y1: ruleY, x2: frame.x + frame.width, y2: ruleY, color: COLOR.rule, width: 0.75 }] });
      }
      return chunks;
    },
  };
  const title = `${block.number ? `${block.number} ` : ''}${inlineText(block.content).replace(/\s+/g, ' ').trim()}`;
  return {
    rows: [row],
    spaceBefore: SPACE.headingBefore[block.level],
    spaceAfter: SPACE.headingAfter,
    keepWithNext: true,
    outline: { level: block.level, title },
  };
}

/** The title block: title, subtitle lines, then a rule; kept together. */
export function titleLayout(block: TitleBlock, frame: Frame): BlockLayout {
  const { metrics } = frame;
  const parts: { content: Inline[]; size: number; bold: boolean; color: string }[] = [
    { content: block.title, size: PDF_TYPE.title, bold: true, color: COLOR.heading },
    ...block.subtitles.map((content) => ({ content, size: PDF_TYPE.subtitle, bold: false, color: COLOR.muted })),
  ];
  const laid = parts.map((part) => ({
    part,
    struct: { type: 'P', parent: null } as StructNode,
    lines: layoutLines(part.content, { size: part.size, bold: part.bold, color: part.color }, frame.width, metrics),
  }));
  const gapAfterTitle = 6;
  const height = laid.reduce((h, l) => h + l.lines.length * lineHeight(l.part.size), 0) + gapAfterTitle + 10;
  const row: Row = {
    height,
    paint: (y, asArtifact) => {
      const chunks: Chunk[] = [];
      let top = y;
      laid.forEach(({ part, struct, lines }, index) => {
        const lh = lineHeight(part.size);
        const base = baselineOffset(metrics, part.size);
        for (const line of lines) {
          chunks.push(...lineChunks(struct, lineOps(line, frame.x, top + base, part.size), asArtifact));
          top += lh;
        }
        if (index === 0) top += gapAfterTitle;
      });
      const ruleY = top + 6;
      chunks.push({ struct: null, artifact: 'Layout', ops: [{ kind: 'line', x1: frame.x, y1: ruleY, x2: frame.x + frame.width, y2: ruleY, color: COLOR.heading, width: 1.5 }] });
      return chunks;
    },
  };
  return { rows: [row], spaceBefore: 0, spaceAfter: 18 };
}

const CALLOUT = { bar: 3, padX: 10, padY: 7 };

/** A note: a tinted box with a colored bar, holding paragraphs and lists; it may run across pages. */
export function calloutLayout(block: Callout, frame: Frame): BlockLayout {
  const div: StructNode = { type: 'Div', parent: null };
  const inner: Frame = { metrics: frame.metrics, x: frame.x + CALLOUT.bar + CALLOUT.padX, width: frame.width - CALLOUT.bar - 2 * CALLOUT.padX };
  const spacer = (height: number, keepWithPrevious: boolean): Row => ({ height, paint: () => [], keepWithPrevious });
  const rows: Row[] = [spacer(CALLOUT.padY, false)];
  const add = (more: Row[], gapBefore: number): void => {
    if (gapBefore) rows.push(spacer(gapBefore, true));
    more.forEach((row, i) => {
      if (i === 0 && rows.length === 1) row.keepWithPrevious = true;
      rows.push(row);
    });
  };
  if (block.title) {
    const title = textRows({ content: block.title, style: { size: PDF_TYPE.body, bold: true, color: COLOR.heading }, x: inner.x, width: inner.width, struct: { type: 'P', parent: div }, metrics: frame.metrics });
    title.forEach((r) => (r.keepWithPrevious = true));
    add(title, 0);
  }
  block.blocks.forEach((child, index) => {
    const gap = index === 0 ? (block.title ? 3 : 0) : SPACE.paragraphAfter;
    add(child.kind === 'paragraph' ? paragraphLayout(child, inner, div).rows : listRows(child, inner, div), gap);
  });
  rows.push(spacer(CALLOUT.padY, true));
  const fill = block.tone === 'important' ? COLOR.importantFill : COLOR.noteFill;
  const bar = block.tone === 'important' ? COLOR.importantBar : COLOR.noteBar;
  return {
    rows,
    spaceBefore: 2,
    spaceAfter: SPACE.blockAfter,
    background: (top, bottom) => ({
      struct: null,
      artifact: 'Layout',
      ops: [
        { kind: 'rect', x: frame.x, y: top, w: frame.width, h: bottom - top, fill },
        { kind: 'rect', x: frame.x, y: top, w: CALLOUT.bar, h: bottom - top, fill: bar },
      ],
    }),
  };
}
