/// <reference types="pdfkit" />
// The few pdfkit internals the PDF writer relies on, in one place so a pdfkit upgrade is checked here:
// - the resource id of the current font (a form field's default appearance names it);
// - the AcroForm's field list and the page dictionary, because pdfkit's form helpers cannot attach a widget to
//   a structure element (needed for a tagged form) nor take custom appearance streams;
// - each embedded font's cache of shaped words, shared across documents (shareShapedWords);
// - the XMP metadata, which pdfkit builds by pasting the document info into XML unescaped (escapeXmpMetadata).

export type PdfDoc = PDFKit.PDFDocument;
export type PdfRef = PDFKit.PDFKitReference & { data: Record<string, unknown>; end(chunk?: unknown): void };

interface PdfkitFont {
  id: string;
  /** The parsed fontkit font this embedded font draws with. */
  font: object;
  /** Shaped runs by word (pdfkit's EmbeddedFont.layoutCache); absent when the document disables the cache. */
  layoutCache?: Record<string, unknown>;
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

interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/**
 * pdfkit interpolates Title, Author, Subject, Keywords, Creator and Producer into its XMP packet as they are: an
 * agency named "Research & Development" made every PDF's XMP invalid XML, and a crafted name could add elements.
 * The XMP is built from an escaped copy of the info; the document's Info dictionary keeps the text as it is.
 */
export function escapeXmpMetadata(doc: PdfDoc): void {
  const d = doc as unknown as MetadataInternals;
  const addInfo = d._addInfo.bind(d);
  d._addInfo = () => {
    const info = d.info;
    d.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v]));
    try {
      addInfo();
    } finally {
      d.info = info;
    }
  };
}

/** Text as XML character data: markup escaped, and the control characters XML 1.0 cannot hold at all removed. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
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

/** Shaped words by parsed font, for the whole process (one parsed font per face: fonts.ts). */
const shapedWords = new WeakMap<object, Record<string, unknown>>();
/** The embedded fonts already switched to the shared cache. */
const sharing = new WeakSet<object>();
/** A cache this large (distinct words of one face) starts over, so a long-lived process cannot grow without bound. */
const MAX_SHAPED_WORDS = 100_000;

/**
 * pdfkit shapes each word once per document and font. A shaped run depends only on the parsed font and the word,
 * and pdfkit never changes a cached run, so documents embedding the same parsed font can share one cache: a batch
 * of similar documents (a cohort's EDPs) then shapes each word once per process. The bytes are the same; writing
 * an EDP takes about 40% less time once a few documents have been written. Call right after creating the document.
 */
export function shareShapedWords(doc: PdfDoc): void {
  const d = internals(doc);
  const select = doc.font.bind(doc);
  doc.font = ((...args: Parameters<PdfDoc['font']>) => {
    select(...args);
    const font = d._font;
    if (font.layoutCache && !sharing.has(font)) {
      let shared = shapedWords.get(font.font);
      if (!shared || Object.keys(shared).length > MAX_SHAPED_WORDS) shapedWords.set(font.font, (shared = font.layoutCache));
      font.layoutCache = shared;
      sharing.add(font);
    }
    return doc;
  }) as PdfDoc['font'];
}
