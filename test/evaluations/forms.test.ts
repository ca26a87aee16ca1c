// The evaluation forms as people fill them (issue 10, section 5): every field's accessible name says which question
// it is, ratings and yes/no questions take exactly one answer in both formats, and a form filled in Word and saved
// through LibreOffice (which drops the controls' tags) still reads back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRadioGroup, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formFields } from '../../src/document/index.js';
import { renderDocument } from '../../src/documents/render.js';
import { analyseEvaluations } from '../../src/evaluations/analyse.js';
import { formDefinitions } from '../../src/evaluations/form-definitions.js';
import { fiscalYear } from '../../src/evaluations/program-year.js';
import { readForm } from '../../src/evaluations/read-form.js';
import { loadProgram } from '../../src/model/load.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { writeDocx, writePdf } from '../../src/writers/index.js';
import { docxParts, hasTool } from '../support/clients.js';
import { repoRoot } from '../support/cli.js';
import { fillDocx } from './support/fill.js';

const program = loadProgram(join(repoRoot, 'examples', 'dfi', 'sescdp.yaml')).program;
const ruleset = loadRuleset('nprm-2025');
const cohort = { id: 'BHB-2027', subcomponent: 'BHB', startDate: '2027-01-11', endDate: '2027-10-29' } as const;
const FORMS = ['evaluation-participant', 'evaluation-cohort', 'evaluation-annual'] as const;
const model = (id: (typeof FORMS)[number]) => renderDocument(id, { program, ruleset, asOf: '2026-11-22', cohort, participant: { name: 'Samuel K. Osei' } });

describe('the evaluation forms', () => {
  it.each(FORMS)('%s: every field has its own accessible name, in the PDF (/TU) and the DOCX (control title)', async (id) => {
    const m = model(id);
    const tooltips = formFields(m).map((f) => f.tooltip);
    expect(new Set(tooltips).size).toBe(tooltips.length);
    const pdf = await PDFDocument.load(await writePdf(m));
    const tu = pdf.getForm().getFields().filter((f) => f.getName() !== 'sescdp_form').map((f) => (f.acroField.dict.lookup(PDFName.of('TU')) as PDFString).decodeText());
    expect(new Set(tu).size).toBe(tu.length);
    // Each radio button is named for its own choice.
    for (const group of pdf.getForm().getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup)) {
      const names = group.acroField.getWidgets().map((w) => (w.dict.lookup(PDFName.of('Contents')) as PDFString).decodeText());
      expect(new Set(names).size, group.getName()).toBe(names.length);
    }
    const aliases = [...docxParts(await writeDocx(m))['word/document.xml']!.matchAll(/<w:alias w:val="([^"]*)"/g)].map((a) => a[1]);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('ratings and yes/no questions allow one answer: radio groups in the PDF, drop-down lists in the DOCX', async () => {
    const m = model('evaluation-participant');
    const pdf = await PDFDocument.load(await writePdf(m));
    expect(pdf.getForm().getRadioGroup('rating_mentoring').getOptions()).toEqual(['1', '2', '3', '4', '5', 'NA']);
    expect(pdf.getForm().getRadioGroup('would_recommend').getOptions()).toEqual(['Yes', 'No']);
    const xml = docxParts(await writeDocx(m))['word/document.xml']!;
    const recommend = /<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="would_recommend"\/>((?:(?!<\/w:sdtPr>).)*)<\/w:sdtPr>/s.exec(xml)![1]!;
    expect(recommend).toContain('<w:dropDownList><w:listItem w:displayText="Yes" w:value="Yes"/><w:listItem w:displayText="No" w:value="No"/></w:dropDownList>');
    expect(xml).not.toContain('w:val="rating_mentoring_4"'); // no longer one checkbox per choice
  });

  it('the participant form says answers are never attached to a name', async () => {
    const m = model('evaluation-participant');
    expect(JSON.stringify(m.blocks)).toContain('never attached');
  });

  it.skipIf(!hasTool('soffice') && !process.env.CI)('a DOCX filled and saved through LibreOffice reads back, though LibreOffice drops the tags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sescdp-lo-form-'));
    const filled = fillDocx(await writeDocx(model('evaluation-participant')), { rating_mentoring: '4', growth_leading_people: 'NA', would_recommend: false, comments_improvements: 'Start coaching earlier' });
    writeFileSync(join(dir, 'filled.docx'), filled);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'), join(dir, 'filled.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const saved = readFileSync(join(dir, 'lo', 'filled.docx'));
    expect(docxParts(saved)['word/document.xml']).not.toContain('w:val="rating_mentoring"'); // the tag is gone
    const form = await readForm('filled.docx', saved);
    const results = analyseEvaluations({ program, year: fiscalYear(2028), definitions: formDefinitions(program, ruleset, '2026-11-22'), forms: [form], unreadable: [], rosters: [] });
    expect(results.forms.counted).toBe(1);
    expect(results.ratings.find((x) => x.field === 'rating_mentoring')!.counts['4']).toBe(1);
    expect(results.ratings.find((x) => x.field === 'growth_leading_people')!.counts.NA).toBe(1);
    expect(results.choices.find((c) => c.field === 'would_recommend')).toMatchObject({ yes: 0, no: 1 });
    expect(results.narratives.find((n) => n.field === 'comments_improvements')!.answers).toEqual([{ cohort: 'BHB-2027', text: 'Start coaching earlier' }]);
  }, 180_000);
});
