// The example agency's whole document set in real clients: LibreOffice opens every DOCX, qpdf and poppler
// read every PDF, both formats say the same words, and the evaluation forms can be filled and read back.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formFields } from '../../src/document/index.js';
import { DOCUMENT_IDS } from '../../src/documents/catalog.js';
import { readFilledForm } from '../../src/documents/read-form.js';
import { FORM_IDENTITY_FIELD } from '../../src/document/form-identity.js';
import { renderSet, writeFormats, type RenderedDocument } from '../../src/documents/render.js';
import { loadParticipant } from '../../src/model/load-participant.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { compareText, conformanceTools, convertWithLibreOffice, outputDir, parityAllowance, pdfInfo, pdfText, qpdfCheck, save } from '../support/clients.js';
import { EXAMPLES, example } from '../support/programs.js';

const inputs = { program: example('compliant'), ruleset: loadRuleset('nprm-2025'), asOf: '2026-11-22' };
const participant = loadParticipant(EXAMPLES.compliant.replace('sescdp.yaml', 'participant.yaml'));
const FORMS = new Set(['edp', 'evaluation-participant', 'evaluation-cohort', 'evaluation-annual']);

interface Generated {
  doc: RenderedDocument;
  pdf: string;
  loTxt: string;
}

describe.skipIf(!conformanceTools())('the example agency\'s documents in real clients', () => {
  const generated: Generated[] = [];

  beforeAll(async () => {
    const dir = outputDir('document-set');
    const docs = [...renderSet(DOCUMENT_IDS, inputs), ...renderSet(['edp'], { ...inputs, participant })];
    const files = await writeFormats(docs, 'both');
    const docxFiles: string[] = [];
    for (const doc of docs) {
      docxFiles.push(save(dir, `${doc.base}.docx`, files.get(`${doc.base}.docx`)!));
      generated.push({ doc, pdf: save(dir, `${doc.base}.pdf`, files.get(`${doc.base}.pdf`)!), loTxt: '' });
    }
    const txts = convertWithLibreOffice(docxFiles, 'txt', path.join(dir, 'libreoffice'));
    const pdfs = convertWithLibreOffice(docxFiles, 'pdf', path.join(dir, 'libreoffice'));
    generated.forEach((g, i) => (g.loTxt = txts[i]!));
    for (const p of pdfs) expect(pdfInfo(p).pages).toBeGreaterThan(0);
  }, 300_000);

  it('every PDF passes qpdf --check and is tagged, titled, and of a sane length', () => {
    for (const { doc, pdf } of generated) {
      expect(qpdfCheck(pdf).ok, doc.base).toBe(true);
      const info = pdfInfo(pdf);
      expect(info.tagged, doc.base).toBe(true);
      expect(info.title, doc.base).toBe(doc.model.meta.title);
      expect(info.pages, doc.base).toBeGreaterThanOrEqual(1);
      expect(info.pages, doc.base).toBeLessThanOrEqual(12);
    }
  });

  it('every DOCX converts with LibreOffice and its words are the PDF\'s words, in order', () => {
    for (const { doc, pdf, loTxt } of generated) {
      const result = compareText(readFileSync(loTxt, 'utf8'), pdfText(pdf), parityAllowance(doc.model, pdfInfo(pdf).pages));
      expect(result.message, doc.base).toMatch(/words match/);
    }
  });

  it('the forms are AcroForms with exactly the documented field names', async () => {
    for (const { doc, pdf } of generated.filter((g) => FORMS.has(g.doc.id))) {
      expect(pdfInfo(pdf).form, doc.base).toBe('AcroForm');
      const form = (await PDFDocument.load(readFileSync(pdf))).getForm();
      const names = form.getFields().map((f) => f.getName());
      // An evaluation form also carries its identity (sescdp evaluations reads it), hidden and read-only.
      const expected = [...formFields(doc.model).map((f) => f.name), ...(doc.model.meta.form ? [FORM_IDENTITY_FIELD] : [])];
      expect(new Set(names), doc.base).toEqual(new Set(expected));
      if (doc.model.meta.form) {
        const identity = form.getTextField(FORM_IDENTITY_FIELD);
        expect(identity.isReadOnly()).toBe(true);
        expect(identity.acroField.getWidgets()[0]!.dict.get(PDFName.of('F'))?.toString()).toBe('2');
        expect(JSON.parse(identity.getText()!)).toMatchObject({ form: doc.id, agency: 'DFI' });
      }
    }
  });

  it('an evaluation filled with pdf-lib reads back with the values entered', async () => {
    const participantForm = generated.find((g) => g.doc.id === 'evaluation-participant')!;
    const filled = await PDFDocument.load(readFileSync(participantForm.pdf));
    const require = createRequire(import.meta.url);
    filled.registerFontkit(require('@pdf-lib/fontkit'));
    const font = await filled.embedFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), { subset: true });
    const form = filled.getForm();
    form.getTextField('participant_name').setText('Zoë O\'Brien-Łukasik');
    form.getRadioGroup('rating_mentoring').select('4');
    form.getRadioGroup('rating_coaching').select('NA');
    form.getRadioGroup('growth_driving_efficiency').select('5');
    form.getTextField('comments_improvements').setText('More time with\nsenior executives.');
    form.getRadioGroup('would_recommend').select('Yes');
    form.updateFieldAppearances(font);
    const values = await readFilledForm(await filled.save());
    expect(values).toMatchObject({
      participant_name: 'Zoë O\'Brien-Łukasik',
      rating_mentoring: '4',
      rating_coaching: 'NA',
      rating_formal_training: null,
      growth_driving_efficiency: '5',
      comments_improvements: 'More time with\nsenior executives.',
      would_recommend: 'Yes',
    });

    const annual = await readFilledForm(readFileSync(generated.find((g) => g.doc.id === 'evaluation-annual')!.pdf));
    expect(annual.placement_rate).toBe('56.3%');
    expect(annual.opm_minimum_rate).toBe(''); // never invented
    expect(annual.meets_minimum).toBe(null); // unanswered until OPM publishes a minimum
  });
});

describe('determinism', () => {
  it('the same program gives byte-identical DOCX and PDF files', async () => {
    const once = await writeFormats(renderSet(['policy', 'evaluation-participant'], inputs), 'both');
    const twice = await writeFormats(renderSet(['policy', 'evaluation-participant'], inputs), 'both');
    expect([...once.keys()]).toEqual([...twice.keys()]);
    for (const [name, bytes] of once) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(twice.get(name)!)), name).toBe(0);
  });
});
