// Draw laid-out pages with pdfkit: tagged content (marked-content sequences linked to structure elements),
// artifacts for decoration and page furniture, form widgets, and bookmarks from the headings.

import { encodeFormIdentity, FORM_IDENTITY_FIELD } from '../../document/form-identity.js';
import type { DocumentMeta } from '../../document/model.js';
import { PAGE } from '../theme.js';
import { FormWriter } from './acroform.js';
import { furnitureOps } from './furniture.js';
import type { Chunk, DrawOp, PageLayout, StructNode } from './layout/types.js';
import type { FontMetrics } from './metrics.js';
import type { PdfDoc } from './pdfkit-internals.js';

type StructElement = PDFKit.PDFStructureElement;

function drawOp(doc: PdfDoc, op: DrawOp): void {
  switch (op.kind) {
    case 'text':
      if (op.actual) doc.markContent('Span', { actual: op.actual });
      doc.font(op.face).fontSize(op.size).fillColor(`#${op.color}`).text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic' });
      if (op.actual) doc.endMarkedContent();
      break;
    case 'rect': {
      doc.save();
      if (op.radius) doc.roundedRect(op.x, op.y, op.w, op.h, op.radius);
      else doc.rect(op.x, op.y, op.w, op.h);
      if (op.lineWidth) doc.lineWidth(op.lineWidth);
      if (op.fill && op.stroke) doc.fillAndStroke(`#${op.fill}`, `#${op.stroke}`);
      else if (op.fill) doc.fill(`#${op.fill}`);
      else if (op.stroke) doc.stroke(`#${op.stroke}`);
      doc.restore();
      break;
    }
    case 'line':
      doc.save().moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).stroke(`#${op.color}`).restore();
      break;
    case 'widget':
      throw new Error('widgets are placed by paintChunk');
  }
}

export function paintDocument(doc: PdfDoc, layout: PageLayout, meta: DocumentMeta, metrics: FontMetrics): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const elements = new Map<StructNode, StructElement>();
  const forms = new FormWriter(doc, metrics);

  /** The pdfkit element for a node, created (under its parent) the first time content reaches it. */
  const element = (node: StructNode): StructElement => {
    let el = elements.get(node);
    if (!el) {
      const parent = node.parent ? element(node.parent) : root;
      const options = (node.scope ? { scope: node.scope } : node.alt ? { alt: node.alt } : {}) as PDFKit.Mixins.StructureElementOptions;
      el = doc.struct(node.type, options);
      parent.add(el);
      elements.set(node, el);
    }
    return el;
  };

  const paintChunk = (chunk: Chunk): void => {
    if (!chunk.ops.length) return;
    if (!chunk.struct) {
      doc.markContent('Artifact', { type: chunk.artifact ?? 'Layout' });
      chunk.ops.forEach((op) => drawOp(doc, op));
      doc.endMarkedContent();
      return;
    }
    const el = element(chunk.struct);
    const widgets = chunk.ops.filter((op) => op.kind === 'widget');
    for (const op of widgets) forms.add(op.widget, op.x, op.y, op.w, op.h, el);
    if (widgets.length) {
      el.end(); // a Form element holds only its widget: close it while on its page
      return;
    }
    const marked = doc.markStructureContent(chunk.struct.type);
    chunk.ops.forEach((op) => drawOp(doc, op));
    doc.endMarkedContent();
    el.add(marked);
  };

  layout.pages.forEach((page, index) => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    if (index === 0 && meta.form) forms.addIdentity(FORM_IDENTITY_FIELD, encodeFormIdentity(meta.form));
    page.chunks.forEach(paintChunk);
    paintChunk({ struct: null, artifact: 'Pagination', ops: furnitureOps(meta, index + 1, layout.pages.length, metrics) });
  });

  // Bookmarks mirror the heading hierarchy and open at the heading's position.
  const stack: { level: number; item: PDFKit.PDFOutline }[] = [];
  for (const entry of layout.outline) {
    while (stack.length && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1]?.item ?? doc.outline;
    const options = { pageNumber: entry.page, fit: false, top: Math.max(0, entry.y - 6), left: PAGE.width, zoom: 0, expanded: true };
    const item = parent.addItem(entry.title, options as { expanded?: boolean });
    stack.push({ level: entry.level, item });
  }
  root.end();
}
