// Real-client conformance for the fixture documents: LibreOffice opens the DOCX, qpdf and poppler read the
// PDF, and both formats say the same words.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formFields, renderTemplate, type DocumentModel } from '../../src/document/index.js';
import { writeDocx, writePdf } from '../../src/writers/index.js';
import { adversarialData, allElementsData, HOSTILE_CLEAN, longParagraph, NAMES, template } from '../fixtures/documents/fixtures.js';
import {
  compareText,
  conformanceTools,
  convertWithLibreOffice,
  outputDir,
  parityAllowance,
  pdfInfo,
  pdfText,
  qpdfCheck,
  save,
} from '../support/clients.js';

interface Generated {
  model: DocumentModel;
  docx: string;
  pdf: string;
  loPdf: string;
  loTxt: string;
}

const FIXTURES = {
  'all-elements': () => renderTemplate(template('all-elements'), allElementsData()),
  adversarial: () => renderTemplate(template('adversarial'), adversarialData()),
};

describe.skipIf(!conformanceTools())('fixture documents in real clients', () => {
  const generated = {} as Record<keyof typeof FIXTURES, Generated>;

  beforeAll(async () => {
    const dir = outputDir('conformance');
    const docxFiles: string[] = [];
    for (const [name, render] of Object.entries(FIXTURES) as [keyof typeof FIXTURES, () => DocumentModel][]) {
      const model = render();
      const docx = save(dir, `${name}.docx`, await writeDocx(model));
      const pdf = save(dir, `${name}.pdf`, await writePdf(model));
      docxFiles.push(docx);
      generated[name] = { model, docx, pdf, loPdf: '', loTxt: '' };
    }
    // One soffice call per format for the whole batch.
    const loDir = path.join(dir, 'libreoffice');
    const pdfs = convertWithLibreOffice(docxFiles, 'pdf', loDir);
    const txts = convertWithLibreOffice(docxFiles, 'txt', loDir);
    Object.values(generated).forEach((g, i) => {
      g.loPdf = pdfs[i]!;
      g.loTxt = txts[i]!;
    });
  });

  for (const name of Object.keys(FIXTURES) as (keyof typeof FIXTURES)[]) {
    describe(name, () => {
      it('the PDF passes qpdf --check', () => {
        const result = qpdfCheck(generated[name].pdf);
        expect(result.output).toContain('No syntax or stream encoding errors');
        expect(result.ok).toBe(true);
      });

      it('pdfinfo shows a tagged PDF with the title, a sane page count and the form', () => {
        const { model, pdf } = generated[name];
        const info = pdfInfo(pdf);
        expect(info.tagged).toBe(true);
        expect(info.title).toBe(model.meta.title.replace(/\n/g, ' '));
        expect(info.pages).toBeGreaterThanOrEqual(2);
        expect(info.pages).toBeLessThanOrEqual(12);
        expect(info.form).toBe('AcroForm');
        expect(info.raw['PDF version']).toBe('1.7');
      });

      it('LibreOffice converts the DOCX to PDF and text, holding the expected content', () => {
        const { model, loPdf, loTxt } = generated[name];
        expect(pdfInfo(loPdf).pages).toBeGreaterThanOrEqual(2);
        const text = readFileSync(loTxt, 'utf8');
        const title = model.blocks.find((b) => b.kind === 'title');
        expect(title).toBeDefined();
        for (const block of model.blocks) {
          if (block.kind === 'heading') {
            const headingText = block.content.map((r) => (r.kind === 'text' ? r.text : '')).join('').split('\n')[0]!;
            expect(text).toContain(headingText.trim().slice(0, 40));
          }
        }
      });

      it('the DOCX text and the PDF text are the same words in the same order', () => {
        const { model, pdf, loTxt } = generated[name];
        const result = compareText(readFileSync(loTxt, 'utf8'), pdfText(pdf), parityAllowance(model, pdfInfo(pdf).pages));
        expect(result.message).toMatch(/words match/);
        expect(result.ok).toBe(true);
      });
    });
  }

  it('all-elements: the PDF form has the documented field names', () => {
    const { model, pdf } = generated['all-elements'];
    const names = formFields(model).map((f) => f.name);
    expect(names).toEqual([
      'participant_name',
      'accomplishment',
      'assignment_start',
      'training_complete',
      'assignment_rating',
      'participant_signature',
      'participant_date',
      'erb_chair_signature',
      'erb_chair_date',
    ]);
    expect(pdfInfo(pdf).form).toBe('AcroForm');
  });

  it('adversarial: every character of the hostile text, the names and the long paragraph is in the PDF text', () => {
    const text = pdfText(generated.adversarial.pdf).normalize('NFC');
    // Line breaks, RTL ordering and layout may rearrange whitespace; every other character must be there.
    const present = new Set(Array.from(text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')));
    const needed = Array.from(HOSTILE_CLEAN + NAMES.join('') + longParagraph()).filter((ch) => !/\s|\p{Cf}/u.test(ch));
    const missing = [...new Set(needed.filter((ch) => !present.has(ch)))];
    expect(missing).toEqual([]);
    // Whole sequences survive too: names, the emoji sequences, and the hostile text's markup characters.
    for (const name of NAMES.filter((n) => !/[\u0590-\u08FF]/.test(n))) expect(text).toContain(name);
    for (const sequence of ['👍🏽', '👩‍💻', '🇺🇸', '{{x}}', '{{{y}}}', ']]>', '"double"', "'single'", '**not bold**', ':cite[fake]']) {
      expect(text).toContain(sequence);
    }
    expect(text).not.toContain('\u0007');
  });

  it('adversarial: the hostile text stays text in the DOCX (never a heading, list or table of its own)', () => {
    const text = readFileSync(generated.adversarial.loTxt, 'utf8');
    expect(text).toContain('# not a heading * _under_ **not bold** | pipe > quote < & amp {{x}} {{{y}}} ]]>');
    expect(text).toContain('| a | b |');
  });
});
