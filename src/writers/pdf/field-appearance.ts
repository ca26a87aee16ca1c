// The appearance of a text field: its value drawn in the embedded fonts (so "Nguyễn", "Σωκράτης" or an emoji
// show correctly in every viewer), single-line fields vertically centred, multi-line fields from the top.
// Viewers redraw a field from its default appearance font only when someone edits it.

import type { Inline } from '../../document/model.js';
import type { WidgetSpec } from './layout/types.js';
import type { FontMetrics } from './metrics.js';
import { encodeText, type PdfDoc, type PdfRef } from './pdfkit-internals.js';
import { layoutLines } from './text/lines.js';

export const FIELD_TEXT_SIZE = 10;
const PAD = 2;

export interface Appearance {
  stream: string;
  fonts: Record<string, PdfRef>;
}

const n = (value: number): string => value.toFixed(2);

export function textFieldAppearance(doc: PdfDoc, metrics: FontMetrics, spec: WidgetSpec, w: number, h: number): Appearance {
  const fonts: Record<string, PdfRef> = {};
  if (!spec.value) return { stream: '/Tx BMC EMC', fonts };
  const size = FIELD_TEXT_SIZE;
  const lineHeight = size * 1.2;
  const content: Inline[] = spec.value.split('\n').flatMap((text, i): Inline[] => (i > 0 ? [{ kind: 'break' }, { kind: 'text', text }] : [{ kind: 'text', text }]));
  const lines = layoutLines(content, { size, color: '000000' }, w - 2 * PAD, metrics);
  const multiline = spec.type === 'multiline';
  const shown = multiline ? lines.slice(0, Math.max(1, Math.floor((h - 2 * PAD) / lineHeight))) : lines.slice(0, 1);
  const ascent = metrics.ascent('regular', size);
  const descent = metrics.descent('regular', size);
  const firstBaseline = multiline ? h - PAD - ascent : (h - (ascent + descent)) / 2 + descent;
  const parts = [`/Tx BMC q 1 1 ${n(w - 2)} ${n(h - 2)} re W n BT 0 g`];
  shown.forEach((line, index) => {
    const y = firstBaseline - index * lineHeight;
    for (const item of line.items) {
      if (!item.text.trim()) continue;
      const encoded = encodeText(doc, item.face, item.text);
      fonts[encoded.id] = encoded.ref;
      parts.push(`/${encoded.id} ${size} Tf 1 0 0 1 ${n(PAD + item.x)} ${n(y)} Tm <${encoded.hex}> Tj`);
    }
  });
  parts.push('ET Q EMC');
  return { stream: parts.join('\n'), fonts };
}
