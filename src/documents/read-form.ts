// Reads a filled evaluation form's values back by field name (the reader of `sescdp evaluations`, for one PDF).
// Text fields give their text, checkboxes true/false, ratings and yes/no questions their value or null.
import type { FormValue } from '../evaluations/filled-form.js';
import { readPdfForm } from '../evaluations/read-pdf.js';

export type { FormValue };

export async function readFilledForm(pdf: Uint8Array): Promise<Record<string, FormValue>> {
  return (await readPdfForm('form.pdf', pdf)).values;
}
