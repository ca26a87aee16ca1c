// The annual evaluation's charts: vector drawings tagged as Figures whose alt text states the numbers in the PDF, a
// picture with the same alt text in the DOCX, and each one's numbers the same as the data table's.
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/documents/render.js';
import { analyseEvaluations } from '../../src/evaluations/analyse.js';
import type { FilledForm } from '../../src/evaluations/filled-form.js';
import { formDefinitions } from '../../src/evaluations/form-definitions.js';
import { fiscalYear } from '../../src/evaluations/program-year.js';
import { loadProgram } from '../../src/model/load.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { writeDocx, writePdf } from '../../src/writers/index.js';
import { docxParts } from '../support/clients.js';
import { repoRoot } from '../support/cli.js';

const program = loadProgram(join(repoRoot, 'examples', 'dfi', 'sescdp.yaml')).program;
const ruleset = loadRuleset('nprm-2025');
const identity = (participant: string) => ({ form: 'evaluation-participant', version: 3, agency: 'DFI', cohort: 'BHB-2027', participant });
const form = (participant: string, mentoring: string): FilledForm => ({ file: `${participant}.pdf`, format: 'pdf', identity: identity(participant), values: { rating_mentoring: mentoring, would_recommend: 'Yes' } });
const results = analyseEvaluations({
  program,
  year: fiscalYear(2028),
  definitions: formDefinitions(program, ruleset, '2027-11-30'),
  forms: [form('A', '4'), form('B', '4'), form('C', '2'), form('D', 'NA')],
  unreadable: [],
  rosters: [],
});
const model = renderDocument('evaluation-annual', { program, ruleset, asOf: '2027-11-30', evaluation: results });

/** Every structure element of a PDF, depth first, as [type, alt]. */
function structure(doc: PDFDocument): { type: string; alt?: string }[] {
  const out: { type: string; alt?: string }[] = [];
  const visit = (obj: PDFObject | undefined) => {
    const node = obj ? doc.context.lookup(obj) : undefined;
    if (node instanceof PDFArray) return node.asArray().forEach(visit);
    if (!(node instanceof PDFDict)) return;
    const type = node.lookup(PDFName.of('S'));
    const alt = node.lookup(PDFName.of('Alt'));
    if (type instanceof PDFName) out.push({ type: type.decodeText(), ...(alt instanceof PDFString || alt instanceof PDFHexString ? { alt: alt.decodeText() } : {}) });
    visit(node.get(PDFName.of('K')));
  };
  visit(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return out;
}

describe('charts in the filled annual evaluation', () => {
  it('are in the model with the numbers of the data table', () => {
    const charts = model.blocks.filter((b) => b.kind === 'chart');
    const mentoring = charts.find((c) => c.kind === 'chart' && c.caption.startsWith('Mentoring'));
    expect(mentoring).toMatchObject({ chart: 'bar', labels: ['1', '2', '3', '4', '5', 'N/A'], values: [0, 1, 0, 2, 0, 1] });
    // The same numbers in the section's data table: Mentoring | 0 | 1 | 0 | 2 | 0 | 1 | 3 | 3.33
    const table = model.blocks.find((b) => b.kind === 'table' && JSON.stringify(b.rows).includes('"Mentoring"'));
    const row = table?.kind === 'table' ? table.rows.find((r) => JSON.stringify(r[0]).includes('Mentoring'))! : [];
    expect(row.map((cell) => cell.map((run) => (run.kind === 'text' ? run.text : '')).join(''))).toEqual(['Mentoring', '0', '1', '0', '2', '0', '1', '3', '3.33']);
    // The placement line: FY2025 70%, FY2026 33.3%.
    expect(charts.find((c) => c.kind === 'chart' && c.chart === 'line')).toMatchObject({ labels: ['FY2025', 'FY2026'], values: [70, 33.3], unit: '%' });
  });

  it('are tagged Figures with alt text that states the numbers, in the PDF', async () => {
    const doc = await PDFDocument.load(await writePdf(model));
    const figures = structure(doc).filter((n) => n.type === 'Figure');
    expect(figures.length).toBe(results.ratings.length + 1);
    expect(figures.map((f) => f.alt)).toContain('Bar chart of Mentoring: 0 rated 1, 1 rated 2, 0 rated 3, 2 rated 4, 0 rated 5, 1 answered N/A. Mean 3.33 from 3 answers on the 1 to 5 scale.');
    expect(figures.map((f) => f.alt)).toContain('Line chart of the initial SES placement rate by fiscal year: FY2025 70% (7 of 10), FY2026 33.3% (6 of 6).'.replace('(6 of 6)', '(2 of 6)'));
  });

  it('are pictures (SVG with a PNG fallback) with the same alt text, in the DOCX', async () => {
    const bytes = await writeDocx(model);
    const parts = docxParts(bytes);
    const xml = parts['word/document.xml']!;
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(descriptions).toHaveLength(results.ratings.length + 1);
    expect(descriptions).toContain('Bar chart of Mentoring: 0 rated 1, 1 rated 2, 0 rated 3, 2 rated 4, 0 rated 5, 1 answered N/A. Mean 3.33 from 3 answers on the 1 to 5 scale.');
    const media = Object.keys(unzipSync(bytes)).filter((name) => name.startsWith('word/media/'));
    // Identical charts share one picture, so there are at most as many pictures as charts, each SVG with its PNG.
    const svgs = media.filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(1);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(svgs.length);
  });
});
