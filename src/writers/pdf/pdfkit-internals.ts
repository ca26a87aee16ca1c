/// <reference types="pdfkit" />
// The few pdfkit internals the PDF writer relies on, in one place so a pdfkit upgrade is checked here:
// - the resource id of the current font (a form field's default appearance names it);
// - the AcroForm's field list and the page dictionary, because pdfkit's form helpers cannot attach a widget to
//   a structure element (needed for a tagged form) nor take custom appearance streams.

export type PdfDoc = PDFKit.PDFDocument;
export type PdfRef = PDFKit.PDFKitReference & { data: Record<string, unknown>; end(chunk?: unknown): void };

interface PdfkitFont {
  id: string;
  ref(): PdfRef;
  encode(text: string): [string[], unknown[]];
}

interface Internals {
  _font: PdfkitFont;
  _acroform?: { fonts: Record<string, PdfRef> };
  _root: { data: { AcroForm?: { data: { Fields: PdfRef[]; NeedAppearances?: boolean } } } };
  page: { dictionary: PdfRef; annotations: PdfRef[] };
  ref(data: Record<string, unknown>): PdfRef;
}

function internals(doc: PdfDoc): Internals {
  return doc as unknown as Internals;
}

/** The resource name of the current font; optionally listed in the AcroForm's default resources. */
export function currentFontId(doc: PdfDoc, addToForm = false): string {
  const d = internals(doc);
  if (addToForm && d._acroform) d._acroform.fonts[d._font.id] = d._font.ref();
  return d._font.id;
}

/**
 * Encode text in one of the document's embedded fonts (adding its glyphs to the subset), for an appearance
 * stream: the font's resource id and reference, and the glyph ids as hex for a Tj operator.
 */
export function encodeText(doc: PdfDoc, fontName: string, text: string): { id: string; ref: PdfRef; hex: string } {
  doc.font(fontName);
  const font = internals(doc)._font;
  return { id: font.id, ref: font.ref(), hex: font.encode(text)[0].join('') };
}

/** Every widget carries its own appearance, so viewers need not (and must not) redraw them from the DA font. */
export function useOwnAppearances(doc: PdfDoc): void {
  const form = internals(doc)._root.data.AcroForm;
  if (form) form.data.NeedAppearances = false;
}

export function makeRef(doc: PdfDoc, data: Record<string, unknown>): PdfRef {
  return internals(doc).ref(data);
}

/** Register a top-level field (a widget or a parent of widgets) in the document's AcroForm. */
export function addFormField(doc: PdfDoc, field: PdfRef): void {
  const form = internals(doc)._root.data.AcroForm;
  if (!form) throw new Error('initForm() must run before fields are added');
  form.data.Fields.push(field);
}

/** The annotation pdfkit's annotate() just added to the current page. */
export function lastAnnotation(doc: PdfDoc): PdfRef {
  const annotations = internals(doc).page.annotations;
  return annotations[annotations.length - 1]!;
}

/** Ask viewers to tab through the page's fields in structure order (PDF/UA). */
export function tabInStructureOrder(doc: PdfDoc): void {
  internals(doc).page.dictionary.data.Tabs = 'S';
}
