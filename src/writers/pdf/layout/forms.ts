// Form fields and signature blocks. Each fillable box is drawn on the page (so it prints) and carries an
// AcroForm widget tagged as a Form element; labels are ordinary tagged text.

import {
  DATE_CAPTION,
  DATE_HINT,
  fieldLabel,
  inlineText,
  fieldChoices,
  fieldTooltip,
  SIGNATURE_CAPTION,
  signatureFieldNames,
  type FormField,
  type Inline,
  type SignatureBlock,
} from '../../../document/model.js';
import { COLOR, PDF_TYPE, SPACE } from '../../theme.js';
import { layoutLines } from '../text/lines.js';
import { applyWidowControl, baselineOffset, lineChunks, lineHeight, lineOps, textRows } from './text-rows.js';
import type { BlockLayout, Chunk, DrawOp, Frame, Row, StructNode, WidgetSpec } from './types.js';

const BOX = { text: 20, check: 11, gap: 3 };

function box(x: number, y: number, w: number, h: number): DrawOp {
  return { kind: 'rect', x, y, w, h, fill: COLOR.fieldFill, stroke: COLOR.fieldBorder, lineWidth: 0.75 };
}

function widgetChunk(parent: StructNode | null, x: number, y: number, w: number, h: number, widget: WidgetSpec, asArtifact: boolean): Chunk[] {
  // A repeated copy never carries a second widget: a field exists once.
  if (asArtifact) return [];
  return [{ struct: { type: 'Form', parent }, ops: [{ kind: 'widget', x, y, w, h, widget }] }];
}

function labelRows(content: Inline[], frame: Frame, struct: StructNode, x = frame.x, width = frame.width): Row[] {
  return textRows({ content, style: { size: PDF_TYPE.body, bold: true, color: COLOR.text }, x, width, struct, metrics: frame.metrics });
}

export function fieldLayout(field: FormField, frame: Frame): BlockLayout {
  const { metrics } = frame;
  const size = PDF_TYPE.body;
  const tooltip = fieldTooltip(field);
  const label: StructNode = { type: 'P', parent: null };
  const rows: Row[] = [];

  if (field.field === 'checkbox') {
    const lines = layoutLines(fieldLabel(field), { size, color: COLOR.text }, frame.width - BOX.check - 7, metrics);
    const lh = lineHeight(size);
    const base = baselineOffset(metrics, size);
    lines.forEach((line, index) => {
      rows.push({
        height: lh,
        paint: (y, asArtifact) => {
          const chunks: Chunk[] = [];
          if (index === 0) {
            const top = y + (lh - BOX.check) / 2;
            chunks.push({ struct: null, artifact: 'Layout', ops: [box(frame.x, top, BOX.check, BOX.check)] });
            const spec: WidgetSpec = { type: 'checkbox', name: field.name, tooltip, checked: !!field.checked };
            chunks.push(...widgetChunk(null, frame.x, top, BOX.check, BOX.check, spec, asArtifact));
          }
          chunks.push(...lineChunks(label, lineOps(line, frame.x + BOX.check + 7, y + base, size), asArtifact));
          return chunks;
        },
      });
    });
    applyWidowControl(rows);
    return { rows, spaceBefore: 0, spaceAfter: SPACE.paragraphAfter };
  }

  rows.push(...labelRows(fieldLabel(field), frame, label));
  if (field.field === 'rating' || field.field === 'yesno') {
    rows.push(choiceRow(field, frame, tooltip));
  } else {
    const multiline = field.field === 'multiline';
    const height = multiline ? (field.lines ?? 4) * lineHeight(size) + 6 : BOX.text;
    const spec: WidgetSpec = { type: multiline ? 'multiline' : 'text', name: field.name, tooltip };
    if (field.value !== undefined) spec.value = field.value;
    rows.push({
      height: height + BOX.gap * 2,
      keepWithPrevious: true,
      paint: (y, asArtifact) => [
        { struct: null, artifact: 'Layout', ops: [box(frame.x, y + BOX.gap, frame.width, height)] },
        ...widgetChunk(null, frame.x, y + BOX.gap, frame.width, height, spec, asArtifact),
      ],
    });
  }
  rows.forEach((row, i) => i > 0 && (row.keepWithPrevious = true));
  return { rows, spaceBefore: 0, spaceAfter: SPACE.blockAfter };
}

/** A rating (1–5 and N/A) or a yes/no question: radio buttons in one group named after the field, one answer. */
function choiceRow(field: FormField, frame: Frame, tooltip: string): Row {
  const { metrics } = frame;
  const size = PDF_TYPE.body;
  const lh = lineHeight(size);
  const base = baselineOffset(metrics, size);
  const choices: StructNode = { type: 'P', parent: null };
  const step = 46;
  return {
    height: lh + 2 * BOX.gap,
    keepWithPrevious: true,
    paint: (y, asArtifact) => {
      const chunks: Chunk[] = [];
      const decoration: DrawOp[] = [];
      const text: DrawOp[] = [];
      const widgets: Chunk[] = [];
      const top = y + BOX.gap + (lh - BOX.check) / 2;
      fieldChoices(field).forEach((choice, i) => {
        const x = frame.x + i * step;
        decoration.push({ kind: 'rect', x, y: top, w: BOX.check, h: BOX.check, radius: BOX.check / 2, fill: COLOR.fieldFill, stroke: COLOR.fieldBorder, lineWidth: 0.75 });
        text.push({ kind: 'text', x: x + BOX.check + 4, y: y + BOX.gap + base, text: choice.label, face: 'regular', size, color: COLOR.text });
        const spec: WidgetSpec = { type: 'radio', name: field.name, tooltip: `${tooltip}: ${choice.label}`, exportValue: choice.value };
        if (field.value !== undefined) spec.groupValue = field.value;
        widgets.push(...widgetChunk(null, x, top, BOX.check, BOX.check, spec, asArtifact));
      });
      chunks.push({ struct: null, artifact: 'Layout', ops: decoration }, ...widgets, ...lineChunks(choices, { text, decoration: [] }, asArtifact));
      return chunks;
    },
  };
}

/** Role; space to sign; signature and date lines (fillable when the block names a field); name or caption; title. */
export function signatureLayout(block: SignatureBlock, frame: Frame): BlockLayout {
  const { metrics } = frame;
  const size = PDF_TYPE.body;
  const lh = lineHeight(size);
  const base = baselineOffset(metrics, size);
  const div: StructNode = { type: 'Div', parent: null };
  const signWidth = frame.width * 0.58;
  const dateX = frame.x + frame.width * 0.68;
  const dateWidth = frame.x + frame.width - dateX;
  const role = layoutLines(block.role, { size, bold: true, color: COLOR.text }, frame.width, metrics);
  const nameContent: Inline[] = block.name ?? [{ kind: 'text', text: SIGNATURE_CAPTION }];
  const name = layoutLines(nameContent, { size, bold: !!block.name, color: COLOR.text }, signWidth, metrics);
  const date = layoutLines([{ kind: 'text', text: DATE_CAPTION }], { size, color: COLOR.text }, dateWidth, metrics);
  const title = block.title ? layoutLines(block.title, { size, color: COLOR.muted }, signWidth, metrics) : [];
  const signSpace = 30;
  const height = role.length * lh + signSpace + 3 + Math.max(name.length, 1) * lh + title.length * lh;
  const names = block.field ? signatureFieldNames(block.field) : undefined;
  const roleText = inlineText(block.role).replace(/\s+/g, ' ').trim();

  const rolePara: StructNode = { type: 'P', parent: div };
  const namePara: StructNode = { type: 'P', parent: div };
  const datePara: StructNode = { type: 'P', parent: div };
  const titlePara: StructNode = { type: 'P', parent: div };

  const row: Row = {
    height,
    paint: (y, asArtifact) => {
      const chunks: Chunk[] = [];
      let top = y;
      for (const line of role) {
        chunks.push(...lineChunks(rolePara, lineOps(line, frame.x, top + base, size), asArtifact));
        top += lh;
      }
      const lineY = top + signSpace;
      chunks.push({
        struct: null,
        artifact: 'Layout',
        ops: [
          { kind: 'line', x1: frame.x, y1: lineY, x2: frame.x + signWidth, y2: lineY, color: COLOR.text, width: 0.75 },
          { kind: 'line', x1: dateX, y1: lineY, x2: dateX + dateWidth, y2: lineY, color: COLOR.text, width: 0.75 },
        ],
      });
      if (names) {
        chunks.push(...widgetChunk(div, frame.x, lineY - 26, signWidth, 25, { type: 'signature', name: names.signature, tooltip: `${roleText}: signature` }, asArtifact));
        chunks.push(...widgetChunk(div, dateX, lineY - 18, dateWidth, 17, { type: 'text', name: names.date, tooltip: `${roleText}: date (${DATE_HINT})` }, asArtifact));
      }
      top = lineY + 3;
      name.forEach((line, i) => chunks.push(...lineChunks(namePara, lineOps(line, frame.x, top + base + i * lh, size), asArtifact)));
      date.forEach((line, i) => chunks.push(...lineChunks(datePara, lineOps(line, dateX, top + base + i * lh, size), asArtifact)));
      top += Math.max(name.length, 1) * lh;
      title.forEach((line, i) => chunks.push(...lineChunks(titlePara, lineOps(line, frame.x, top + base + i * lh, size), asArtifact)));
      return chunks;
    },
  };
  return { rows: [row], spaceBefore: 8, spaceAfter: 16 };
}
