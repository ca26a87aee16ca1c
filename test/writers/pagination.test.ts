// Long documents paginate in both formats: a 200-row table and a ~50-page document, checked in our PDF and in
// LibreOffice's rendering of our DOCX: sane page counts, the table header on every page, no heading left at
// the foot of a page, no empty page, no text past the margins.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineText, renderTemplate, type DocumentModel } from '../../src/document/index.js';
import { writeDocx, writePdf } from '../../src/writers/index.js';
import { longDocumentData, longTableData, template } from '../fixtures/documents/fixtures.js';
import { conformanceTools, convertWithLibreOffice, outputDir, pdfPageTexts, pdfWordBoxes, save } from '../support/clients.js';

const MARGIN = 72;
const PAGE_NUMBER = /^Page \d+ of \d+$/;

interface Rendering {
  label: string;
  file: string;
}

/** A page's lines without the running header and the page number. */
function bodyLines(pageText: string, model: DocumentModel): string[] {
  const header = model.meta.headerText ?? model.meta.title;
  return pageText
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && l !== header && !PAGE_NUMBER.test(l));
}

function headingLines(model: DocumentModel): Set<string> {
  return new Set(model.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.number ? `${b.number} ` : ''}${inlineText(b.content)}`] : [])));
}

describe.skipIf(!conformanceTools())('pagination of long documents', () => {
  const docs = {
    table: { model: undefined as unknown as DocumentModel, renderings: [] as Rendering[] },
    document: { model: undefined as unknown as DocumentModel, renderings: [] as Rendering[] },
  };

  beforeAll(async () => {
    const dir = outputDir('pagination');
    docs.table.model = renderTemplate(template('long-table'), longTableData(200));
    docs.document.model = renderTemplate(template('long-document'), longDocumentData(50));
    const docxFiles: string[] = [];
    for (const [name, entry] of Object.entries(docs)) {
      entry.renderings.push({ label: 'PDF writer', file: save(dir, `${name}.pdf`, await writePdf(entry.model)) });
      docxFiles.push(save(dir, `${name}.docx`, await writeDocx(entry.model)));
    }
    const converted = convertWithLibreOffice(docxFiles, 'pdf', path.join(dir, 'libreoffice'));
    Object.values(docs).forEach((entry, i) => entry.renderings.push({ label: 'DOCX in LibreOffice', file: converted[i]! }));
  });

  for (const which of ['table', 'document'] as const) {
    for (const index of [0, 1]) {
      describe(`${which}, ${index === 0 ? 'PDF writer' : 'DOCX in LibreOffice'}`, () => {
        it('has a sane number of pages and no empty page', () => {
          const { model, renderings } = docs[which];
          const pages = pdfPageTexts(renderings[index]!.file);
          if (which === 'table') {
            expect(pages.length).toBeGreaterThanOrEqual(4);
            expect(pages.length).toBeLessThanOrEqual(12);
          } else {
            expect(pages.length).toBeGreaterThanOrEqual(40);
            expect(pages.length).toBeLessThanOrEqual(75);
          }
          pages.forEach((page, p) => expect(bodyLines(page, model).length, `page ${p + 1} is empty`).toBeGreaterThan(0));
        });

        it('never leaves a heading at the foot of a page', () => {
          const { model, renderings } = docs[which];
          const headings = headingLines(model);
          const pages = pdfPageTexts(renderings[index]!.file);
          pages.slice(0, -1).forEach((page, p) => {
            const lines = bodyLines(page, model);
            expect(headings.has(lines[lines.length - 1]!), `page ${p + 1} ends with heading "${lines[lines.length - 1]}"`).toBe(false);
          });
        });

        it('keeps every word inside the margins', () => {
          const { boxes, pageWidth, pageHeight } = pdfWordBoxes(docs[which].renderings[index]!.file);
          expect(boxes.length).toBeGreaterThan(1000);
          for (const box of boxes) {
            expect(box.xMin, `"${box.text}" on page ${box.page}`).toBeGreaterThanOrEqual(MARGIN - 1);
            expect(box.xMax, `"${box.text}" on page ${box.page}`).toBeLessThanOrEqual(pageWidth - MARGIN + 1);
            const furniture = box.yMax < MARGIN - 4 || box.yMin > pageHeight - MARGIN + 4;
            // Word boxes use the font's full descent, which may dip a point below the last baseline's line box.
            if (!furniture) expect(box.yMax, `"${box.text}" on page ${box.page}`).toBeLessThanOrEqual(pageHeight - MARGIN + 2);
          }
        });

        if (which === 'table') {
          it('repeats the header row on every page of the table', () => {
            const pages = pdfPageTexts(docs.table.renderings[index]!.file);
            const tablePages = pages.filter((page) => /Strategic planning seminar|Accountability and results/.test(page));
            expect(tablePages.length).toBeGreaterThanOrEqual(4);
            for (const page of tablePages) expect(page.replace(/\s+/g, ' ')).toMatch(/No\. Course Date Hours/);
            const rowsSeen = new Set(pages.join('\n').match(/session \d+/g));
            expect(rowsSeen.size).toBe(40); // 200 rows = 5 courses x 40 sessions, none lost
          });
        }
      });
    }
  }
});
