// Where a chart's marks go, computed once for every writer (the PDF's vector drawing, the DOCX's SVG and its PNG
// fallback), so the formats draw the same chart. Coordinates in points from the top-left of the chart's box.
import type { Chart } from '../document/model.js';

export interface ChartMark {
  kind: 'rect' | 'line' | 'dot';
  x: number;
  y: number;
  /** rect: size; line: end point (x2 = x + w, y2 = y + h); dot: w is the diameter. */
  w: number;
  h: number;
  role: 'bar' | 'axis' | 'grid' | 'series';
}

export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartGeometry {
  width: number;
  height: number;
  marks: ChartMark[];
  labels: ChartLabel[];
}

export const CHART_HEIGHT = 150;
const AXIS = { left: 34, right: 8, top: 12, bottom: 22 };
export const CHART_LABEL_SIZE = 8;

/** A round top for the value axis: 1, 2, 5 or 10 times a power of ten, at least the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function valueText(value: number, unit: string | undefined): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit ? `${text}${unit}` : text;
}

export function chartGeometry(chart: Chart, width: number, height = CHART_HEIGHT): ChartGeometry {
  const marks: ChartMark[] = [];
  const labels: ChartLabel[] = [];
  const plot = { x: AXIS.left, y: AXIS.top, w: width - AXIS.left - AXIS.right, h: height - AXIS.top - AXIS.bottom };
  const top = chart.max ?? niceMax(Math.max(0, ...chart.values));
  const yOf = (v: number) => plot.y + plot.h - (Math.min(v, top) / top) * plot.h;
  // Value axis: gridlines at 0, half and the top, labelled (no half-way line where it would be half a person).
  const ticks = chart.unit || Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top];
  for (const v of ticks) {
    marks.push({ kind: 'line', x: plot.x, y: yOf(v), w: plot.w, h: 0, role: v === 0 ? 'axis' : 'grid' });
    labels.push({ x: plot.x - 4, y: yOf(v) + CHART_LABEL_SIZE * 0.35, text: valueText(v, chart.unit), anchor: 'end' });
  }
  marks.push({ kind: 'line', x: plot.x, y: plot.y, w: 0, h: plot.h, role: 'axis' });
  const n = Math.max(1, chart.labels.length);
  const slot = plot.w / n;
  const centres = chart.labels.map((_, i) => plot.x + slot * (i + 0.5));
  chart.labels.forEach((label, i) => labels.push({ x: centres[i]!, y: plot.y + plot.h + CHART_LABEL_SIZE + 4, text: label, anchor: 'middle' }));
  if (chart.chart === 'bar') {
    const barWidth = Math.min(slot * 0.6, 40);
    chart.values.forEach((v, i) => {
      const y = yOf(v);
      if (v > 0) marks.push({ kind: 'rect', x: centres[i]! - barWidth / 2, y, w: barWidth, h: plot.y + plot.h - y, role: 'bar' });
      labels.push({ x: centres[i]!, y: y - 3, text: valueText(v, chart.unit), anchor: 'middle' });
    });
  } else {
    chart.values.forEach((v, i) => {
      const x = centres[i]!;
      const y = yOf(v);
      const next = chart.values[i + 1];
      if (next !== undefined) marks.push({ kind: 'line', x, y, w: centres[i + 1]! - x, h: yOf(next) - y, role: 'series' });
      marks.push({ kind: 'dot', x, y, w: 5, h: 5, role: 'series' });
      labels.push({ x, y: y - 6, text: valueText(v, chart.unit), anchor: 'middle' });
    });
  }
  return { width, height, marks, labels };
}
