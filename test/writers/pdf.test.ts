// The PDF writer, read back with pdf-lib: tags, language, title bar, bookmarks, form fields (filled and read
// back), byte-identical output; and the page layout it is drawn from.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocumentKit from 'pdfkit';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFString,
  PDFHexString,
  PDFCheckBox,
  PDFRadioGroup,
  PDFSignature,
  PDFTextField,
  type PDFObject,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formFields, renderMarkup, renderTemplate, type DocumentModel } from '../../src/document/index.js';
import { writePdf } from '../../src/writers/index.js';
import { FACES, fonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout/index.js';
import type { PageLayout } from '../../src/writers/pdf/layout/types.js';
import { PdfkitMetrics } from '../../src/writers/pdf/metrics.js';
import { directionOf, visualOrder } from '../../src/writers/pdf/text/bidi.js';
import { PAGE } from '../../src/writers/theme.js';
import { allElementsData, longDocumentData, longTableData, template } from '../fixtures/documents/fixtures.js';
import { conformanceTools, outputDir, pdfPageTexts, save } from '../support/clients.js';

const STAMP = 'DRAFT — NOT FOR SUBMISSION';
let model: DocumentModel;
let bytes: Uint8Array;
let pdf: PDFDocument;

beforeAll(async () => {
  model = renderTemplate(template('all-elements'), allElementsData(), { stamp: STAMP });
  bytes = await writePdf(model);
  pdf = await PDFDocument.load(bytes, { updateMetadata: false }); // pdf-lib would otherwise stamp its own ModDate
});

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
}

/** Structure element types, depth first, from the StructTreeRoot. */
function structureTypes(doc: PDFDocument): string[] {
  const types: string[] = [];
  const visit = (node: PDFObject | undefined): void => {
    const value = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict)) return;
    const type = value.get(PDFName.of('S'));
    if (type instanceof PDFName) types.push(type.decodeText());
    visit(value.get(PDFName.of('K')));
  };
  visit(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return types;
}

describe('PDF structure (read with pdf-lib)', () => {
  it('is tagged, in en-US, and shows its title in the title bar', () => {
    const catalog = pdf.catalog;
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(text(catalog.get(PDFName.of('Lang')))).toBe('en-US');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBe('DRAFT — Executive Development Plan'); // the fixture is a draft, and says so in its title
    expect(pdf.getAuthor()).toBe('Department of Example Affairs');
    expect(pdf.getSubject()).toBe('Executive Development Plan (fixture)');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });

  it('has a structure tree with headings, paragraphs, lists, tables and form elements', () => {
    const types = structureTypes(pdf);
    expect(types[0]).toBe('Document');
    for (const type of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD', 'Div', 'Form']) {
      expect(types, type).toContain(type);
    }
    expect(types.filter((t) => t === 'H1')).toHaveLength(3); // Purpose (unnumbered), 1, 2
    expect(types.filter((t) => t === 'TH')).toHaveLength(3);
    expect(types.filter((t) => t === 'TR')).toHaveLength(8);
  });

  it('has bookmarks following the headings', () => {
    const titles: string[] = [];
    const walk = (ref: PDFObject | undefined, depth: number): void => {
      let item = ref instanceof PDFRef ? pdf.context.lookup(ref, PDFDict) : undefined;
      while (item) {
        titles.push(`${'  '.repeat(depth)}${text(item.get(PDFName.of('Title')))}`);
        walk(item.get(PDFName.of('First')), depth + 1);
        const next = item.get(PDFName.of('Next'));
        item = next instanceof PDFRef ? pdf.context.lookup(next, PDFDict) : undefined;
      }
    };
    walk(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')), 0);
    expect(titles).toEqual([
      'Purpose',
      '1 Program requirements',
      '  1.1 Formal training',
      '    1.1.1 Required topics',
      '  1.2 Developmental assignment',
      '2 Evaluation',
      '  2.1 Participant self-assessment',
      '  2.2 Approvals',
    ]);
  });

  it('has the documented form fields, by type', () => {
    const form = pdf.getForm();
    const fields = Object.fromEntries(form.getFields().map((f) => [f.getName(), f.constructor.name]));
    expect(Object.keys(fields).sort()).toEqual(formFields(model).map((f) => f.name).sort());
    expect(form.getField('participant_name')).toBeInstanceOf(PDFTextField);
    expect(form.getTextField('accomplishment').isMultiline()).toBe(true);
    expect(form.getField('assignment_start')).toBeInstanceOf(PDFTextField);
    expect(form.getField('training_complete')).toBeInstanceOf(PDFCheckBox);
    expect(form.getRadioGroup('assignment_rating').getOptions()).toEqual(['1', '2', '3', '4', '5', 'NA']);
    expect(form.getField('erb_chair_signature')).toBeInstanceOf(PDFSignature);
    expect(form.getTextField('participant_name').getText()).toBe('Jordan A. Rivera');
  });

  it('can be filled and read back with pdf-lib (Unicode values included)', async () => {
    const require = createRequire(import.meta.url);
    const filled = await PDFDocument.load(bytes);
    filled.registerFontkit(require('@pdf-lib/fontkit'));
    const font = await filled.embedFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), { subset: true });
    const form = filled.getForm();
    form.getTextField('participant_name').setText('Nguyễn Thị Ánh');
    form.getTextField('accomplishment').setText('Led the Σωκράτης project\nwith Дмитрий.');
    form.getTextField('assignment_start').setText('04/01/2026');
    form.getCheckBox('training_complete').check();
    form.getRadioGroup('assignment_rating').select('4');
    form.getTextField('erb_chair_date').setText('05/15/2026');
    form.updateFieldAppearances(font);
    const reread = (await PDFDocument.load(await filled.save())).getForm();
    expect(reread.getTextField('participant_name').getText()).toBe('Nguyễn Thị Ánh');
    expect(reread.getTextField('accomplishment').getText()).toBe('Led the Σωκράτης project\nwith Дмитрий.');
    expect(reread.getTextField('assignment_start').getText()).toBe('04/01/2026');
    expect(reread.getCheckBox('training_complete').isChecked()).toBe(true);
    expect(reread.getRadioGroup('assignment_rating').getSelected()).toBe('4');
    expect(reread.getTextField('erb_chair_date').getText()).toBe('05/15/2026');
  });

  it('is not a form when the document has no fields', async () => {
    const plain = await PDFDocument.load(await writePdf(renderMarkup('::document{created="2026-03-03"}\n:::title\nNo fields\n:::\nText.')));
    expect(plain.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
  });
});

describe('PDF determinism', () => {
  it('gives byte-identical files for the same model, whatever the clock or time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Kolkata';
      const first = await writePdf(model);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      process.env.TZ = 'America/Anchorage';
      const second = await writePdf(model);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(bytes))).toBe(0);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('has no random font subset tags and a stable file /ID', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    const tags = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+/g)].map((m) => m[1]);
    expect(tags.length).toBeGreaterThan(0);
    const trailerId = /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(raw);
    expect(trailerId?.[1]).toMatch(/^[0-9a-f]{32}$/);
  });
});

// ---------------------------------------------------------------- layout

function layout(doc: DocumentModel): PageLayout {
  const PDFKit = PDFDocumentKit as unknown as new (o: object) => PDFKit.PDFDocument;
  const measuring = new PDFKit({ autoFirstPage: false });
  for (const face of FACES) measuring.registerFont(face, fonts()[face] as unknown as Buffer);
  return layoutDocument(doc, new PdfkitMetrics(measuring));
}

describe('page layout', () => {
  const longDocument = (): DocumentModel => renderTemplate(template('long-document'), longDocumentData(50));

  it('never ends a page with a heading, and leaves no page empty', () => {
    const pages = layout(longDocument()).pages;
    expect(pages.length).toBeGreaterThanOrEqual(45);
    for (const [index, page] of pages.entries()) {
      const tagged = page.chunks.filter((c) => c.struct);
      expect(tagged.length, `page ${index + 1}`).toBeGreaterThan(0);
      if (index < pages.length - 1) expect(tagged[tagged.length - 1]!.struct!.type, `page ${index + 1}`).not.toMatch(/^H\d$/);
    }
  });

  it('draws nothing past the margins', () => {
    const pages = layout(longDocument()).pages.concat(layout(renderTemplate(template('long-table'), longTableData(200))).pages);
    for (const page of pages) {
      for (const op of page.chunks.flatMap((c) => c.ops)) {
        const [top, bottom, left, right] =
          op.kind === 'line' ? [op.y1, op.y2, op.x1, op.x2] : op.kind === 'text' ? [op.y - op.size, op.y, op.x, op.x] : [op.y, op.y + op.h, op.x, op.x + op.w];
        expect(top).toBeGreaterThanOrEqual(PAGE.margin.top - 0.01);
        expect(bottom).toBeLessThanOrEqual(PAGE.height - PAGE.margin.bottom + 0.01);
        expect(left).toBeGreaterThanOrEqual(PAGE.margin.left - 0.01);
        expect(right).toBeLessThanOrEqual(PAGE.width - PAGE.margin.right + 0.01);
      }
    }
  });

  it('repeats a table header as an artifact on each continuation page, and never alone at a page foot', () => {
    const pages = layout(renderTemplate(template('long-table'), longTableData(200))).pages;
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.slice(1).forEach((page) => {
      const first = page.chunks.find((c) => c.ops.some((op) => op.kind === 'text'))!;
      expect(first.struct).toBeNull(); // the repeated header is an artifact
      expect(first.ops.find((op) => op.kind === 'text')).toMatchObject({ text: 'No.' });
    });
    const headerCells = pages.flatMap((p) => p.chunks).filter((c) => c.struct?.type === 'TH');
    expect(headerCells).toHaveLength(4); // tagged once
  });

  it('wraps a 5,000-character paragraph and a 600-character word inside the text column', () => {
    const word = 'x'.repeat(600);
    const pages = layout(renderMarkup(`::document{created="2026-03-03" title="T"}\n\n${'development '.repeat(420)}\n\n${word}`)).pages;
    const texts = pages.flatMap((p) => p.chunks.flatMap((c) => c.ops)).filter((op) => op.kind === 'text');
    expect(texts.map((t) => (t.kind === 'text' ? t.text : '')).join('').replace(/\s/g, '')).toBe('development'.repeat(420) + word);
  });
});

describe('right-to-left words', () => {
  it('are drawn in the order the bidi algorithm shows an RTL run inside LTR text, and reading it back restores it', () => {
    const logical = ['Hello', 'שלום', 'עולם', '123', 'بالعالم', 'and', 'more'];
    const visual = visualOrder(logical, directionOf);
    expect(visual).toEqual(['Hello', 'بالعالم', '123', 'עולם', 'שלום', 'and', 'more']);
    expect(visualOrder(visual, directionOf)).toEqual(logical);
  });
});

describe.skipIf(!conformanceTools(['pdftotext']))('text the fonts cannot draw, and the stamp', () => {
  it('keeps characters no embedded font has, as /ActualText behind a drawn box', async () => {
    const dir = outputDir('missing-glyphs');
    const file = save(dir, 'cjk.pdf', await writePdf(renderMarkup('::document{created="2026-03-03" title="T"}\n\nKanji 漢字 and 👍🏽 and 𝄞 end')));
    const text = pdfPageTexts(file).join('');
    expect(text).toContain('漢字');
    expect(text).toContain('👍🏽');
    expect(text).toContain('𝄞');
  });

  it('is printed on every page', async () => {
    const dir = outputDir('stamp');
    const file = save(dir, 'stamped.pdf', await writePdf(renderTemplate(template('long-table'), longTableData(120), { stamp: STAMP })));
    const pages = pdfPageTexts(file);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(STAMP));
    expect(path.basename(file)).toBe('stamped.pdf');
  });
});

describe('long runs of characters no font has', () => {
  it('still wrap inside the text column', () => {
    const han = '漢字'.repeat(200);
    const pages = layout(renderMarkup(`::document{created="2026-03-03" title="T"}\n\n${han}`)).pages;
    const texts = pages.flatMap((p) => p.chunks.flatMap((c) => c.ops)).filter((op) => op.kind === 'text');
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.map((t) => (t.kind === 'text' ? t.actual : '')).join('')).toBe(han);
    for (const op of texts) expect(op.x).toBeLessThanOrEqual(PAGE.width - PAGE.margin.right);
  });
});
