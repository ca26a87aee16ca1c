// Reads a filled evaluation form back (pdf-lib's strength): field name → what the person entered.
// Text fields give their text, checkboxes true/false, rating groups "1"–"5", "NA" or null when unrated.
import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField } from 'pdf-lib';

export type FormValue = string | boolean | null;

export async function readFilledForm(pdf: Uint8Array): Promise<Record<string, FormValue>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const values: Record<string, FormValue> = {};
  for (const field of doc.getForm().getFields()) {
    const name = field.getName();
    if (field instanceof PDFTextField) values[name] = field.getText() ?? '';
    else if (field instanceof PDFCheckBox) values[name] = field.isChecked();
    else if (field instanceof PDFRadioGroup) values[name] = field.getSelected() ?? null;
  }
  return values;
}
