// The annual overarching evaluation, filled with the results: the same document `render evaluation-annual`
// writes, in both formats.
import { DOCUMENTS } from '../documents/catalog.js';
import { fileBase, renderDocument, type RenderInputs } from '../documents/render.js';
import { writeDocx, writePdf } from '../writers/index.js';
import type { EvaluationResults } from './analyse.js';

export async function writeAnnualEvaluation(results: EvaluationResults, inputs: Omit<RenderInputs, 'evaluation'>): Promise<Map<string, Uint8Array>> {
  const filled: RenderInputs = { ...inputs, evaluation: results };
  const model = renderDocument('evaluation-annual', filled);
  const base = fileBase('evaluation-annual', filled).replace(DOCUMENTS['evaluation-annual'].slug, `${DOCUMENTS['evaluation-annual'].slug}-${results.year.label.toLowerCase()}`);
  const [docx, pdf] = await Promise.all([writeDocx(model), writePdf(model)]);
  return new Map([
    [`${base}.docx`, docx],
    [`${base}.pdf`, pdf],
  ]);
}
