// The cohort's documents in memory (buildCohort) and in real clients: LibreOffice opens the calendar and an EDP,
// qpdf and poppler read their PDFs, and both formats say the same words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cohortContext } from '../../src/cohort/context.js';
import { loadCohort } from '../../src/cohort/load.js';
import { buildCohort, type BuiltCohort } from '../../src/cohort/render.js';
import { workerFormats } from '../../src/writers/pool.js';
import { renderCalendar } from '../../src/cohort/render-calendar.js';
import { renderDocument } from '../../src/documents/render.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { compareText, conformanceTools, convertWithLibreOffice, outputDir, parityAllowance, pdfInfo, pdfText, qpdfCheck, save } from '../support/clients.js';
import { documentText } from '../support/document-text.js';
import { EXAMPLES } from '../support/programs.js';

const AS_OF = '2026-11-22';
const example = loadCohort(EXAMPLES.compliant.replace('sescdp.yaml', 'cohort-bhb-2027.yaml'));
const settings = (ruleset = 'nprm-2025') => ({ program: example.program.program, ruleset: loadRuleset(ruleset), asOf: AS_OF, cohort: cohortContext(example) });

describe('building the example cohort in memory', () => {
  let built: BuiltCohort;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    built = await buildCohort(example, { ruleset: loadRuleset('nprm-2025'), asOf: AS_OF, format: 'both', onProgress: (done, total) => progress.push([done, total]) });
  });

  it('lists the cohort documents first, then each participant\'s, in cohort order', () => {
    expect(built.name).toBe('DFI-cohort-bhb-2027-2026-11-22');
    expect([...built.files.keys()].slice(0, 6)).toEqual([
      'DFI-bhb-2027-cohort-calendar-2026-11-22.docx',
      'DFI-bhb-2027-cohort-calendar-2026-11-22.pdf',
      'DFI-bhb-2027-evaluation-cohort-2026-11-22.docx',
      'DFI-bhb-2027-evaluation-cohort-2026-11-22.pdf',
      'DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22.docx',
      'DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22.pdf',
    ]);
    expect(built.participantDocuments.map((d) => d[0])).toEqual([
      'DFI-bhb-2027-edp-nguyen-thi-anh-2026-11-22',
      'DFI-bhb-2027-edp-zoe-o-brien-lukasik-2026-11-22',
      'DFI-bhb-2027-edp-samuel-k-osei-2026-11-22',
      'DFI-bhb-2027-edp-daniela-m-rivera-2026-11-22',
    ]);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => [i + 1, 20])); // one step per file
  });

  it('names the folder as a draft when the documents are stamped', async () => {
    const draft = await buildCohort(example, { ruleset: loadRuleset('nprm-2025'), asOf: AS_OF, format: 'pdf', stamp: 'DRAFT — NOT FOR SUBMISSION' });
    expect(draft.name).toBe('DFI-cohort-bhb-2027-2026-11-22-draft');
    expect([...draft.files.keys()].every((n) => n.endsWith('.pdf'))).toBe(true);
  });
});

describe('threads', () => {
  it('one writer thread per format, more in turn up to --jobs and the cores, none for one thread', () => {
    expect(workerFormats(['docx', 'pdf'], 1)).toEqual([]);
    expect(workerFormats(['docx', 'pdf'], 2)).toEqual(['docx', 'pdf']);
    expect(workerFormats(['pdf'], 2)).toEqual(['pdf', 'pdf']);
    expect(workerFormats(['docx', 'pdf'], 4)).toEqual(['docx', 'pdf', 'docx', 'pdf']);
  });
});

describe('the calendar under each rule set', () => {
  it('shows the proposed rule\'s QRB deadline and minimums, with their citations', () => {
    const text = documentText(renderCalendar(settings(), example.participants.map((p) => p.participant)));
    expect(text).toContain('QRB submission: the ERB submits the graduates it finds to possess the executive core qualifications to the QRB within 80 calendar days of graduation (5 CFR 412.302(a)), that is by January 17, 2028.');
    expect(text).toContain('Each participant serves at least 120 continuous days of full-time service on an assignment inside the cohort');
    expect(text).toContain('at the minimum of 10 hours of coaching (5 CFR 412.302(c)(5)), 1 h a month');
    expect(text).toContain("under the agency's enterprise-wide policy (5 CFR 412.301(d))");
  });

  it('renders under the 2009 rule too, without the numbers that rule does not have', () => {
    const text = documentText(renderCalendar(settings('cfr-2009'), example.participants.map((p) => p.participant)));
    expect(text).not.toContain('Last day for the ERB to submit');
    expect(text).not.toContain('within 80 calendar days');
    expect(text).not.toContain('of coaching');
    expect(text).not.toContain('412.301(d)'); // the 2009 rule does not address subcomponents
    expect(text).toContain("Each participant's developmental assignments total at least");
    expect(text).toContain('Participant | Mentor | Mentoring | Coach | Coaching');
  });
});

describe.skipIf(!conformanceTools())('the cohort calendar and an EDP in real clients', () => {
  const docs = [
    { base: 'cohort-calendar', model: () => renderCalendar(settings(), example.participants.map((p) => p.participant)) },
    { base: 'edp-nguyen-thi-anh', model: () => renderDocument('edp', { ...settings(), participant: example.participants[0]!.participant }) },
  ].map((d) => ({ ...d, doc: d.model() }));
  const files: { base: string; pdf: string; loTxt: string; loPdf: string }[] = [];

  beforeAll(async () => {
    const dir = outputDir('cohort');
    const built = await buildCohort(example, { ruleset: loadRuleset('nprm-2025'), asOf: AS_OF, format: 'both' });
    const docx: string[] = [];
    for (const d of docs) {
      const name = `DFI-bhb-2027-${d.base}-2026-11-22`;
      docx.push(save(dir, `${name}.docx`, built.files.get(`${name}.docx`)!));
      files.push({ base: d.base, pdf: save(dir, `${name}.pdf`, built.files.get(`${name}.pdf`)!), loTxt: '', loPdf: '' });
    }
    const txts = convertWithLibreOffice(docx, 'txt', path.join(dir, 'libreoffice'));
    const pdfs = convertWithLibreOffice(docx, 'pdf', path.join(dir, 'libreoffice'));
    files.forEach((f, i) => Object.assign(f, { loTxt: txts[i], loPdf: pdfs[i] }));
  }, 300_000);

  it('their PDFs pass qpdf --check, are tagged and titled, and LibreOffice lays the DOCX out on a similar number of pages', () => {
    for (const [i, f] of files.entries()) {
      expect(qpdfCheck(f.pdf).ok, f.base).toBe(true);
      const info = pdfInfo(f.pdf);
      expect(info.tagged, f.base).toBe(true);
      expect(info.title, f.base).toBe(docs[i]!.doc.meta.title);
      expect(Math.abs(pdfInfo(f.loPdf).pages - info.pages), f.base).toBeLessThanOrEqual(2);
    }
  });

  it('the DOCX and the PDF say the same words, in order', () => {
    for (const [i, f] of files.entries()) {
      const result = compareText(readFileSync(f.loTxt, 'utf8'), pdfText(f.pdf), parityAllowance(docs[i]!.doc, pdfInfo(f.pdf).pages));
      expect(result.message, f.base).toMatch(/words match/);
    }
  });
});
