// `sescdp evaluations` reading 500 filled forms (issue 13's target: under 10 s and 1 GB), as a cold process: half
// PDFs filled with pdf-lib, half DOCX with edited content controls, each carrying its participant's identity.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, PDFRadioGroup } from 'pdf-lib';
import { encodeFormIdentity, FORM_IDENTITY_FIELD, type FormIdentity } from '../src/document/form-identity.js';
import { renderDocument } from '../src/documents/render.js';
import { loadProgram } from '../src/model/load.js';
import { loadRuleset } from '../src/rules/ruleset.js';
import { writeDocx, writePdf } from '../src/writers/index.js';
import { CLI, row } from './cli.js';
import { runOnce } from './process.js';
import type { Bench, BenchRow } from './run.js';
import { EXAMPLE_PROGRAM, syntheticName, writeSyntheticCohort } from './synthetic-cohort.js';

const FORMS = 500;

/** Every one-answer question of the blank form (ratings, yes/no) with its choices, so a new item is answered too. */
async function choiceQuestions(blank: Uint8Array): Promise<{ name: string; options: string[] }[]> {
  const fields = (await PDFDocument.load(blank)).getForm().getFields();
  return fields.filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup).map((g) => ({ name: g.getName(), options: g.getOptions() }));
}

type Question = Awaited<ReturnType<typeof choiceQuestions>>[number];
const choose = (options: string[], i: number, k: number) => options[(i + k) % options.length]!;

async function filledPdf(blank: Uint8Array, questions: Question[], identity: FormIdentity, i: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(blank);
  const form = doc.getForm();
  form.getTextField('participant_name').setText(identity.participant!);
  questions.forEach(({ name, options }, k) => form.getRadioGroup(name).select(choose(options, i, k)));
  form.getTextField('comments_improvements').setText(`Answer ${i}: more time with the mentor.`);
  const text = encodeFormIdentity(identity);
  form.getTextField(FORM_IDENTITY_FIELD).acroField.dict.set(PDFName.of('V'), PDFHexString.fromText(text)); // names may hold any letter
  return doc.save({ updateFieldAppearances: false });
}

function filledDocx(blank: Uint8Array, questions: Question[], identity: FormIdentity, i: number): Uint8Array {
  const files = unzipSync(blank);
  let xml = strFromU8(files['word/document.xml']!);
  const set = (tag: string, value: string) => {
    xml = xml.replace(new RegExp(`(<w:tag w:val="${tag}"/>(?:(?!</w:sdtPr>).)*</w:sdtPr><w:sdtContent>)(?:(?!</w:sdtContent>).)*`, 's'), `$1<w:r><w:t>${value}</w:t></w:r>`);
  };
  set('participant_name', identity.participant!);
  questions.forEach(({ name, options }, k) => set(name, choose(options, i, k)));
  files['word/document.xml'] = strToU8(xml.replace(/<w:showingPlcHdr\/>/g, ''));
  const custom = strFromU8(files['docProps/custom.xml']!);
  files['docProps/custom.xml'] = strToU8(custom.replace(/(name="SescdpForm"><vt:lpwstr>)[^<]*/, `$1${encodeFormIdentity(identity).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}`));
  return zipSync(files);
}

export const evaluationBenches: Bench[] = [
  {
    name: 'evaluations',
    async measure(): Promise<BenchRow[]> {
      const scratch = mkdtempSync(path.join(os.tmpdir(), 'sescdp-bench-evaluations-'));
      try {
        const { cohortFile } = writeSyntheticCohort(scratch, FORMS);
        const program = loadProgram(EXAMPLE_PROGRAM).program;
        const model = renderDocument('evaluation-participant', { program, ruleset: loadRuleset('nprm-2025'), asOf: '2026-11-22', cohort: { id: `BHB-SYN-${FORMS}`, subcomponent: 'BHB' } });
        const [pdf, docx] = [await writePdf(model), await writeDocx(model)];
        const questions = await choiceQuestions(pdf);
        const forms = path.join(scratch, 'returned');
        mkdirSync(forms);
        for (let i = 0; i < FORMS; i++) {
          const identity: FormIdentity = { ...model.meta.form!, participant: syntheticName(i) };
          if (i % 2) writeFileSync(path.join(forms, `form-${i}.docx`), filledDocx(docx, questions, identity, i));
          else writeFileSync(path.join(forms, `form-${i}.pdf`), await filledPdf(pdf, questions, identity, i));
        }
        const run = runOnce({ node: [CLI, 'evaluations', forms, '--program', EXAMPLE_PROGRAM, '--cohort', cohortFile, '--year', 'FY2028', '--as-of', '2027-11-30', '--out', path.join(scratch, 'out')], cwd: scratch });
        // Exit 1 is expected only for findings; the forms here are all good.
        const met = run.wallMs < 10_000 && run.peakMb < 1024;
        return [row(`evaluations, ${FORMS} filled forms (cold process)`, run, '< 10 s, < 1 GB', met, `${FORMS / 2} PDF (pdf-lib) + ${FORMS / 2} DOCX; annual evaluation, JSON, CSV; one run`)];
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
];
