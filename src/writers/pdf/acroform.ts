// AcroForm widgets with stable field names, each tied to a Form structure element. Every widget carries its
// own appearance: text fields show their value in the embedded Unicode fonts, checkboxes and radio buttons
// have on/off states (which is also how pdf-lib, reading a filled form back, knows their values).

import { COLOR } from '../theme.js';
import type { WidgetSpec } from './layout/types.js';
import { textFieldAppearance } from './field-appearance.js';
import type { FontMetrics } from './metrics.js';
import { addFormField, currentFontId, lastAnnotation, makeRef, tabInStructureOrder, useOwnAppearances, type PdfDoc, type PdfRef } from './pdfkit-internals.js';

const FLAG = { multiline: 1 << 12, noToggleToOff: 1 << 14, radio: 1 << 15 };
const FIELD_FONT_SIZE = 10; // also the size of the value drawn in the appearance

function rgb(hex: string): string {
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => (c / 255).toFixed(3)).join(' ');
}

export class FormWriter {
  private textFont = '';
  private symbolFont = '';
  private readonly groups = new Map<string, PdfRef>();
  private readonly appearances = new Map<string, PdfRef>();

  constructor(
    private readonly doc: PdfDoc,
    private readonly metrics: FontMetrics,
  ) {}

  /** Create the AcroForm on first use, so documents without fields are not forms. */
  private ensureForm(): void {
    if (this.textFont) return;
    this.doc.font('Helvetica');
    this.textFont = currentFontId(this.doc);
    this.doc.initForm();
    useOwnAppearances(this.doc);
    this.doc.font('ZapfDingbats');
    this.symbolFont = currentFontId(this.doc, true);
  }

  private appearance(kind: 'check' | 'dot' | 'off', w: number, h: number): PdfRef {
    const key = `${kind}:${w}:${h}`;
    let ref = this.appearances.get(key);
    if (ref) return ref;
    let stream = '';
    if (kind === 'check') {
      stream = `q ${rgb(COLOR.text)} RG 1.4 w 1 J 1 j ${(w * 0.22).toFixed(2)} ${(h * 0.52).toFixed(2)} m ${(w * 0.42).toFixed(2)} ${(h * 0.26).toFixed(2)} l ${(w * 0.8).toFixed(2)} ${(h * 0.78).toFixed(2)} l S Q`;
    } else if (kind === 'dot') {
      const r = Math.min(w, h) * 0.26;
      const [cx, cy, k] = [w / 2, h / 2, r * 0.5523];
      const f = (n: number): string => n.toFixed(2);
      stream =
        `q ${rgb(COLOR.text)} rg ${f(cx + r)} ${f(cy)} m ` +
        `${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} c ` +
        `${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} c ` +
        `${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} c ` +
        `${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} c f Q`;
    }
    ref = makeRef(this.doc, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: {} });
    ref.end(stream);
    this.appearances.set(key, ref);
    return ref;
  }

  /** Add one widget at (x, y, w, h) (top-left page coordinates), tagged under `structParent`. */
  add(spec: WidgetSpec, x: number, y: number, w: number, h: number, structParent: PDFKit.PDFStructureElement): void {
    this.ensureForm();
    const doc = this.doc;
    tabInStructureOrder(doc);
    const widget: Record<string, unknown> = { Subtype: 'Widget', F: 4, structParent };
    switch (spec.type) {
      case 'text':
      case 'multiline':
        Object.assign(widget, { FT: 'Tx', T: new String(spec.name), TU: new String(spec.tooltip), DA: new String(`/${this.textFont} ${FIELD_FONT_SIZE} Tf 0 g`) });
        if (spec.type === 'multiline') widget.Ff = FLAG.multiline;
        if (spec.value !== undefined) widget.V = new String(spec.value);
        widget.AP = { N: this.textAppearance(spec, w, h) };
        break;
      case 'signature':
        Object.assign(widget, { FT: 'Sig', T: new String(spec.name), TU: new String(spec.tooltip) });
        break;
      case 'checkbox': {
        const state = spec.checked ? 'Yes' : 'Off';
        Object.assign(widget, {
          FT: 'Btn', T: new String(spec.name), TU: new String(spec.tooltip), V: state, AS: state,
          AP: { N: { Yes: this.appearance('check', w, h), Off: this.appearance('off', w, h) } },
          MK: { CA: new String('4') }, DA: new String(`/${this.symbolFont} 0 Tf 0 g`),
        });
        break;
      }
      case 'radio': {
        const value = spec.exportValue!;
        // Each button's own accessible name ("Mentoring: 4"): the annotation's alternate description.
        Object.assign(widget, {
          Parent: this.group(spec), AS: spec.groupValue === value ? value : 'Off', Contents: new String(spec.tooltip),
          AP: { N: { [value]: this.appearance('dot', w, h), Off: this.appearance('off', w, h) } },
          MK: { CA: new String('l') }, DA: new String(`/${this.symbolFont} 0 Tf 0 g`),
        });
        break;
      }
    }
    doc.annotate(x, y, w, h, widget as unknown as Parameters<PdfDoc['annotate']>[4]);
    const annotation = lastAnnotation(doc);
    if (spec.type === 'radio') (this.group(spec).data.Kids as PdfRef[]).push(annotation);
    else addFormField(doc, annotation);
  }

  /** The form's identity as a hidden, read-only text field (no structure element: hidden annotations are not content). */
  addIdentity(name: string, value: string): void {
    this.ensureForm();
    const empty = makeRef(this.doc, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 0, 0], Resources: {} });
    empty.end('');
    const widget = {
      Subtype: 'Widget', FT: 'Tx', F: 2, Ff: 1, T: new String(name), TU: new String('Form identity (sescdp)'), V: new String(value),
      DA: new String(`/${this.textFont} ${FIELD_FONT_SIZE} Tf 0 g`), AP: { N: empty },
    };
    this.doc.annotate(0, 0, 0, 0, widget as unknown as Parameters<PdfDoc['annotate']>[4]);
    addFormField(this.doc, lastAnnotation(this.doc));
  }

  private textAppearance(spec: WidgetSpec, w: number, h: number): PdfRef {
    const { stream, fonts } = textFieldAppearance(this.doc, this.metrics, spec, w, h);
    const ref = makeRef(this.doc, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: fonts } });
    ref.end(stream);
    return ref;
  }

  /** The parent field of a radio group; its kids are the buttons. */
  private group(spec: WidgetSpec): PdfRef {
    let group = this.groups.get(spec.name);
    if (!group) {
      const tooltip = spec.tooltip.replace(/: [^:]*$/, '');
      group = makeRef(this.doc, {
        FT: 'Btn', Ff: FLAG.radio | FLAG.noToggleToOff, T: new String(spec.name), TU: new String(tooltip),
        V: spec.groupValue ?? 'Off', Kids: [],
      });
      addFormField(this.doc, group);
      this.groups.set(spec.name, group);
    }
    return group;
  }
}
