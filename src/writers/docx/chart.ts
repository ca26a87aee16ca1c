// A chart in the DOCX: one picture (SVG, with the PNG fallback Word requires) whose alt text states every number;
// the data table that follows it in the document carries them as well.
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { Chart } from '../../document/model.js';
import { CONTENT_WIDTH } from '../theme.js';
import { chartImages } from './chart-image.js';

const PX_PER_PT = 96 / 72;

export function chartParagraph(chart: Chart, chartIndex: number): Paragraph {
  const width = Math.min(CONTENT_WIDTH, 360);
  const { svg, png, geometry } = chartImages(chart, width);
  const image = new ImageRun({
    type: 'svg',
    data: svg,
    fallback: { type: 'png', data: png },
    transformation: { width: Math.round(geometry.width * PX_PER_PT), height: Math.round(geometry.height * PX_PER_PT) },
    altText: { name: `Chart ${chartIndex}`, title: chart.caption, description: chart.alt },
  });
  return new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: chart.caption, bold: true, size: 18 }), new TextRun({ break: 1 }), image] });
}
