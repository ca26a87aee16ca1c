// A chart as vector drawing: bars or a line with their axis labels, all inside one Figure structure element whose
// alternative text states every number (the data table that follows carries them too).
import type { Chart } from '../../../document/model.js';
import { CHART_LABEL_SIZE, chartGeometry } from '../../chart-geometry.js';
import { COLOR } from '../../theme.js';
import type { BlockLayout, DrawOp, Frame, StructNode } from './types.js';

const CAPTION_SIZE = 9;
const COLOUR: Record<string, string> = { axis: COLOR.text, grid: COLOR.rule, series: COLOR.noteBar, bar: COLOR.noteBar };

export function chartLayout(chart: Chart, frame: Frame): BlockLayout {
  const width = Math.min(frame.width, 360);
  const geometry = chartGeometry(chart, width);
  // The caption is printed above the drawing, in the same unbreakable row, so the two never part.
  const captionHeight = CAPTION_SIZE + 6;
  const figure: StructNode = { type: 'Figure', parent: null, alt: chart.alt };
  return {
    rows: [
      {
        height: geometry.height + captionHeight,
        paint: (top, asArtifact) => {
          const ops: DrawOp[] = [{ kind: 'text', x: frame.x, y: top + CAPTION_SIZE, text: chart.caption, face: 'bold', size: CAPTION_SIZE, color: COLOR.text }];
          const y = top + captionHeight;
          const x0 = frame.x;
          for (const m of geometry.marks) {
            const colour = COLOUR[m.role] ?? COLOR.text;
            if (m.kind === 'rect') ops.push({ kind: 'rect', x: x0 + m.x, y: y + m.y, w: m.w, h: m.h, fill: colour });
            else if (m.kind === 'dot') ops.push({ kind: 'rect', x: x0 + m.x - m.w / 2, y: y + m.y - m.h / 2, w: m.w, h: m.h, radius: m.w / 2, fill: colour });
            else ops.push({ kind: 'line', x1: x0 + m.x, y1: y + m.y, x2: x0 + m.x + m.w, y2: y + m.y + m.h, color: colour, width: m.role === 'series' ? 1.5 : 0.6 });
          }
          for (const l of geometry.labels) {
            const textWidth = frame.metrics.width(l.text, 'regular', CHART_LABEL_SIZE);
            const x = l.anchor === 'middle' ? l.x - textWidth / 2 : l.anchor === 'end' ? l.x - textWidth : l.x;
            ops.push({ kind: 'text', x: x0 + x, y: y + l.y, text: l.text, face: 'regular', size: CHART_LABEL_SIZE, color: COLOR.text });
          }
          return asArtifact ? [{ struct: null, artifact: 'Layout', ops }] : [{ struct: figure, ops }];
        },
      },
    ],
    spaceBefore: 6,
    spaceAfter: 6,
  };
}
